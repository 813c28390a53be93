package cn.gongkai.catalogue;

/** Published inside the publishing transaction, right after an item entered the catalogue. */
public record ItemPublishedEvent(CatalogueItem item) {
}
