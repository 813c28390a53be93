package cn.gongkai.guide;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /guide}: the 政府信息公开指南 for the public. */
@Controller
class GuidePageController {

    private final DisclosureGuide guide;

    GuidePageController(DisclosureGuide guide) {
        this.guide = guide;
    }

    @GetMapping("/guide")
    String guide(Model model) {
        model.addAttribute("guide", guide.current());
        return "guide/guide";
    }
}
