package cn.gongkai.catalogue;

import cn.gongkai.system.RequestParams;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads a catalogue search from query parameters; every bad parameter is reported. */
@Component
class CatalogueQueries {

    static final int MAX_QUERY_LENGTH = 100;
    static final int MAX_PAGE_SIZE = 100;

    private final CatalogueProperties properties;

    CatalogueQueries(CatalogueProperties properties) {
        this.properties = properties;
    }

    CatalogueQuery parse(Map<String, String> query) {
        RequestParams params = new RequestParams(query);
        String q = params.optionalText("q", MAX_QUERY_LENGTH);
        String category = params.optionalChoice("category", properties.categoryNames().keySet());
        Integer year = params.optionalInt("year", 2000, 2100);
        int page = params.intOrDefault("page", 1, 100_000, 1);
        int size = params.intOrDefault("size", 1, MAX_PAGE_SIZE, properties.pageSize());
        params.validate();
        return new CatalogueQuery(q, category, year, page, size);
    }
}
