package cn.gongkai.catalogue;

import cn.gongkai.system.Fields;
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
        Fields params = new Fields(query, null);
        String q = params.text("q", "关键词", MAX_QUERY_LENGTH, false);
        String category = params.oneOf("category", "类别", properties.categoryNames().keySet(), false);
        Integer year = params.absent("year") ? null : params.integer("year", "年份", 2000, 2100, null);
        Integer page = params.integer("page", "页码", 1, 100_000, 1);
        Integer size = params.integer("size", "每页条数", 1, MAX_PAGE_SIZE, properties.pageSize());
        params.validate();
        return new CatalogueQuery(q, category, year, page, size);
    }
}
