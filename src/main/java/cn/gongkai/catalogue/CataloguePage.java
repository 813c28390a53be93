package cn.gongkai.catalogue;

import java.util.List;

/** One page of catalogue search results. */
public record CataloguePage(List<CatalogueItem> items, int page, int size, long total) {

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
