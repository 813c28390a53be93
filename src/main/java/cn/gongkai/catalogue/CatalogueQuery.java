package cn.gongkai.catalogue;

/** A search of the catalogue: optional words, category and year of publication; pages count from 1. */
public record CatalogueQuery(String q, String category, Integer year, int page, int size) {
}
