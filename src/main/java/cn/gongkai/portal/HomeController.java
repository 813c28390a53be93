package cn.gongkai.portal;

import cn.gongkai.catalogue.CatalogueQuery;
import cn.gongkai.catalogue.CatalogueService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's front page: what the public can do here, and the newest published items. */
@Controller
class HomeController {

    static final int LATEST = 5;

    private final CatalogueService catalogue;

    HomeController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("latest", catalogue.search(new CatalogueQuery(null, null, null, 1, LATEST)).items());
        return "home";
    }
}
