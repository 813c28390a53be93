package cn.gongkai.catalogue;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Paths of catalogue items; the index number keeps its '/' ({@code ${@itemLinks.page(n)}} in templates). */
@Component("itemLinks")
public class ItemLinks {

    public String page(String indexNumber) {
        return "/catalogue/items/" + UriUtils.encodePath(indexNumber, StandardCharsets.UTF_8);
    }

    public String api(String indexNumber) {
        return "/api/catalogue/" + UriUtils.encodePath(indexNumber, StandardCharsets.UTF_8);
    }
}
