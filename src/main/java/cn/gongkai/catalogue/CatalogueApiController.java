package cn.gongkai.catalogue;

import cn.gongkai.system.NotFoundException;
import cn.gongkai.system.PublicApi;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/catalogue} (search, category, year, paging) and
 * {@code GET /api/catalogue/{indexNumber}}; index numbers may contain '/', as in
 * {@code 765432100/2026-00001}.
 */
@PublicApi
@RestController
@RequestMapping("/api/catalogue")
class CatalogueApiController {

    private final ItemWithdrawals withdrawals;
    private final ItemVersions versions;
    private final ItemValidity validity;
    private final PublishedFiles files;
    private final CatalogueService catalogue;
    private final CatalogueQueries queries;
    private final CatalogueProperties properties;

    CatalogueApiController(CatalogueService catalogue, CatalogueQueries queries, CatalogueProperties properties,
            PublishedFiles files, ItemValidity validity, ItemVersions versions, ItemWithdrawals withdrawals) {
        this.withdrawals = withdrawals;
        this.versions = versions;
        this.validity = validity;
        this.files = files;
        this.catalogue = catalogue;
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping
    PageResponse search(@RequestParam Map<String, String> query) {
        CataloguePage page = catalogue.search(queries.parse(query));
        return new PageResponse(page.items().stream().map(this::summary).toList(), page.page(), page.size(),
                page.total(), page.totalPages());
    }

    @GetMapping("/{*indexNumber}")
    ItemResponse item(@PathVariable String indexNumber) {
        String number = indexNumber.startsWith("/") ? indexNumber.substring(1) : indexNumber;
        CatalogueItem item = catalogue.find(number)
                .orElseThrow(() -> new NotFoundException("目录中没有索引号为「" + number + "」的信息"));
        Optional<ItemWithdrawals.Withdrawal> withdrawn = withdrawals.of(item);
        if (withdrawn.isPresent()) {
            // a withdrawn item says when and why, without its content
            return new ItemResponse(item.indexNumber(), item.title(), null, null, item.category(),
                    properties.categoryName(item.category()), item.division(), item.divisionName(), item.documentNumber(),
                    item.documentType().name(), item.formedOn(), item.publishedOn(), item.fullTextElectronic(),
                    null, null, null, null, List.of(), withdrawn.get().withdrawnOn(), withdrawn.get().reason(), null, List.of());
        }
        ItemVersions.Versions version = versions.of(item);
        return new ItemResponse(item.indexNumber(), item.title(), item.summary(), item.body(), item.category(),
                properties.categoryName(item.category()), item.division(), item.divisionName(), item.documentNumber(),
                item.documentType().name(), item.formedOn(), item.publishedOn(), item.fullTextElectronic(),
                version.replaces(), version.replacedBy(), version.replacedOn(),
                ItemValidity.applies(item) ? validity.current(item).name() : null,
                validity.changes(item).stream().map(c -> new ValidityResponse(c.validity().name(), c.validity().label(),
                        c.changedOn(), c.basis())).toList(),
                null, null, files.fullText(item), files.of(item).stream().map(f -> new FileResponse(f.purpose().name(),
                        f.purpose().label(), f.fileName(),
                        f.type().mediaType(), f.size(), PublishedFiles.url(f))).toList());
    }

    private ItemSummary summary(CatalogueItem item) {
        return new ItemSummary(item.indexNumber(), item.title(), item.summary(), item.category(),
                properties.categoryName(item.category()), item.division(), item.divisionName(), item.documentNumber(),
                item.documentType().name(), item.formedOn(), item.publishedOn());
    }

    record PageResponse(List<ItemSummary> items, int page, int size, long total, int totalPages) {
    }

    record ItemSummary(String indexNumber, String title, String summary, String category, String categoryName,
            String division, String divisionName, String documentNumber, String documentType, LocalDate formedOn,
            LocalDate publishedOn) {
    }

    record ItemResponse(String indexNumber, String title, String summary, String body, String category,
            String categoryName, String division, String divisionName, String documentNumber, String documentType,
            LocalDate formedOn, LocalDate publishedOn, boolean fullTextElectronic, String replaces, String replacedBy,
            LocalDate replacedOn, String validity, List<ValidityResponse> validityChanges, LocalDate withdrawnOn,
            String withdrawalReason, String fullText, List<FileResponse> files) {
    }

    /** A 规章 or 行政规范性文件 amended or repealed: on which day, by which document. */
    record ValidityResponse(String validity, String validityName, LocalDate changedOn, String basis) {
    }

    /** A published document of the item: kind (SIGNED_DOCUMENT, ANNEX), name, media type, size in bytes, where to get it. */
    record FileResponse(String kind, String kindName, String name, String mediaType, long size, String url) {
    }
}
