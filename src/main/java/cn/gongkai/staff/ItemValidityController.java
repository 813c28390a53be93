package cn.gongkai.staff;

import cn.gongkai.catalogue.CatalogueItem;
import cn.gongkai.catalogue.CatalogueService;
import cn.gongkai.catalogue.ItemValidity;
import cn.gongkai.catalogue.Validity;
import cn.gongkai.security.StaffAuthentication;
import cn.gongkai.security.StaffUser;
import cn.gongkai.system.ConflictException;
import cn.gongkai.system.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 有效性 of a published 规章 or 行政规范性文件: its division or the disclosure office records that it
 * was amended or repealed (修改、废止), with the day and the document that did it.
 */
@Controller
class ItemValidityController {

    static final String VIEW = "staff/item-validity";

    private final StaffAuthentication authentication;
    private final CatalogueService catalogue;
    private final ItemValidity validity;

    ItemValidityController(StaffAuthentication authentication, CatalogueService catalogue, ItemValidity validity) {
        this.authentication = authentication;
        this.catalogue = catalogue;
        this.validity = validity;
    }

    @GetMapping("/staff/catalogue/validity")
    String page(@RequestParam(name = "index", required = false) String index, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<CatalogueItem> item = authorized(index, request, response);
        if (item.isEmpty()) {
            return "staff/denied";
        }
        model.addAttribute("errors", Map.of());
        model.addAttribute("values", Map.of());
        return page(item.get(), model);
    }

    @PostMapping("/staff/catalogue/validity")
    String change(@RequestParam(name = "index", required = false) String index, @RequestParam Map<String, String> form,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<CatalogueItem> item = authorized(index, request, response);
        if (item.isEmpty()) {
            return "staff/denied";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            validity.change(item.get().indexNumber(), Map.of("validity", form.getOrDefault("validity", ""),
                    "changedOn", form.getOrDefault("changedOn", ""), "basis", form.getOrDefault("basis", "")),
                    authentication.current(request).orElseThrow().id());
            return "redirect:/staff/catalogue/validity?changed&index="
                    + URLEncoder.encode(item.get().indexNumber(), StandardCharsets.UTF_8);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            e.problems().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a));
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.put("validity", e.getMessage());
        }
        model.addAttribute("errors", errors);
        model.addAttribute("values", form);
        return page(item.get(), model);
    }

    private String page(CatalogueItem item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("applies", ItemValidity.applies(item));
        model.addAttribute("current", validity.current(item));
        model.addAttribute("changes", validity.changes(item));
        model.addAttribute("choices", List.of(Validity.AMENDED, Validity.REPEALED));
        return VIEW;
    }

    private Optional<CatalogueItem> authorized(String index, HttpServletRequest request, HttpServletResponse response) {
        Optional<StaffUser> user = authentication.currentOrChallenge(request, response);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Optional<CatalogueItem> item = index == null ? Optional.empty() : catalogue.find(index.strip());
        if (item.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return Optional.empty();
        }
        if (!user.get().mayAttachPapersTo(item.get().division())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return Optional.empty();
        }
        return item;
    }
}
