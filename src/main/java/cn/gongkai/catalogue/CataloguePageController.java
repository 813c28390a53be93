package cn.gongkai.catalogue;

import cn.gongkai.system.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue pages (政府信息公开目录): search and list, and one page per item. */
@Controller
class CataloguePageController {

    static final String VIEW_LIST = "catalogue/list";
    static final String VIEW_ITEM = "catalogue/item";
    static final String VIEW_NOT_FOUND = "catalogue/not-found";

    private final ItemWithdrawals withdrawals;
    private final ItemVersions versions;
    private final ItemValidity validity;
    private final PublishedFiles files;
    private final CatalogueService catalogue;
    private final CatalogueQueries queries;
    private final CatalogueProperties properties;

    CataloguePageController(CatalogueService catalogue, CatalogueQueries queries, CatalogueProperties properties,
            PublishedFiles files, ItemValidity validity, ItemVersions versions, ItemWithdrawals withdrawals) {
        this.withdrawals = withdrawals;
        this.versions = versions;
        this.validity = validity;
        this.files = files;
        this.catalogue = catalogue;
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping("/catalogue")
    String list(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        model.addAttribute("categories", properties.categoryNames());
        model.addAttribute("years", catalogue.publicationYears());
        model.addAttribute("query", query);
        try {
            CataloguePage page = catalogue.search(queries.parse(query));
            model.addAttribute("page", page);
            model.addAttribute("errors", List.of());
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("page", new CataloguePage(List.of(), 1, properties.pageSize(), 0));
            model.addAttribute("errors", e.problems());
        }
        return VIEW_LIST;
    }

    @GetMapping("/catalogue/items/{*indexNumber}")
    String item(@PathVariable String indexNumber, Model model, HttpServletResponse response) {
        String number = indexNumber.startsWith("/") ? indexNumber.substring(1) : indexNumber;
        Optional<CatalogueItem> item = catalogue.find(number);
        if (item.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("indexNumber", number);
            return VIEW_NOT_FOUND;
        }
        model.addAttribute("item", item.get());
        model.addAttribute("files", files.of(item.get()));
        model.addAttribute("versions", versions.of(item.get()));
        model.addAttribute("withdrawal", withdrawals.of(item.get()).orElse(null));
        model.addAttribute("validity", ItemValidity.applies(item.get()) ? validity.current(item.get()) : null);
        model.addAttribute("validityChange", validity.latest(item.get()).orElse(null));
        String fullText = files.fullText(item.get());
        model.addAttribute("fullText", fullText.equals(item.get().body()) ? null : fullText);
        model.addAttribute("categoryName", properties.categoryName(item.get().category()));
        return VIEW_ITEM;
    }
}
