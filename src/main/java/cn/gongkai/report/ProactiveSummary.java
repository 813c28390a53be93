package cn.gongkai.report;

import cn.gongkai.catalogue.DocumentType;
import java.util.Map;

/**
 * What the agency published in the year (the seed's "323 items, 100% in full electronic text")
 * and the first block of section 二 (规章 and 行政规范性文件 issued, repealed and in force).
 *
 * @param byCategory catalogue category code → items published
 * @param fullTextElectronicRate items in full electronic text / items published (0 when none)
 * @param documents the section 二 counts per document type (规章, 行政规范性文件)
 */
public record ProactiveSummary(long total, Map<String, Long> byCategory, double fullTextElectronicRate,
        Map<DocumentType, DocumentCounts> documents) {

    /**
     * @param repealed as staff entered it for the year (0 until entered)
     * @param inForce published up to the year's end, less every repeal entered up to then
     */
    public record DocumentCounts(long issued, long repealed, long inForce) {
    }
}
