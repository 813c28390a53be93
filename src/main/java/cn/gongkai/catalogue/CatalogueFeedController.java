package cn.gongkai.catalogue;

import cn.gongkai.agency.AgencyProperties;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Atom feed of newly published items ({@code /catalogue/feed.atom}). */
@Controller
class CatalogueFeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PublishedFiles files;
    private final CatalogueService catalogue;
    private final CatalogueProperties properties;
    private final AgencyProperties agency;
    private final ItemLinks links;

    CatalogueFeedController(CatalogueService catalogue, CatalogueProperties properties, AgencyProperties agency,
            ItemLinks links, PublishedFiles files) {
        this.files = files;
        this.catalogue = catalogue;
        this.properties = properties;
        this.agency = agency;
        this.links = links;
    }

    @GetMapping("/catalogue/feed.atom")
    ResponseEntity<String> feed() throws FeedException {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<CatalogueItem> items = catalogue.latest();

        Feed feed = new Feed("atom_1.0");
        feed.setId(base + "/catalogue");
        feed.setTitle(agency.name() + "政府信息公开目录");
        feed.setLanguage("zh-CN");
        feed.setUpdated(items.isEmpty() ? new Date(0) : Date.from(items.get(0).publishedAt()));
        feed.setAlternateLinks(List.of(link(base + "/catalogue", "alternate", "text/html")));
        feed.setOtherLinks(List.of(link(base + "/catalogue/feed.atom", "self", "application/atom+xml")));
        Person author = new Person();
        author.setName(agency.name());
        feed.setAuthors(List.of(author));

        List<Entry> entries = new ArrayList<>();
        for (CatalogueItem item : items) {
            Entry entry = new Entry();
            String url = base + links.page(item.indexNumber());
            entry.setId(url);
            entry.setTitle(item.title());
            entry.setAlternateLinks(List.of(link(url, "alternate", "text/html")));
            // the signed document and the annexes, as enclosures
            List<Link> enclosures = new ArrayList<>();
            for (cn.gongkai.files.StoredFile f : files.of(item)) {
                Link enclosure = link(base + PublishedFiles.url(f), "enclosure", f.type().mediaType());
                enclosure.setTitle(f.purpose().label() + "：" + f.fileName());
                enclosure.setLength(f.size());
                enclosures.add(enclosure);
            }
            entry.setOtherLinks(enclosures);
            entry.setUpdated(Date.from(item.publishedAt()));
            entry.setPublished(Date.from(item.publishedAt()));
            Content summary = new Content();
            summary.setType("text");
            summary.setValue("索引号：" + item.indexNumber() + "\n" + (item.summary() == null ? "" : item.summary()));
            entry.setSummary(summary);
            Category category = new Category();
            category.setTerm(item.category());
            category.setLabel(properties.categoryName(item.category()));
            entry.setCategories(List.of(category));
            Person publisher = new Person();
            publisher.setName(item.divisionName());
            entry.setAuthors(List.of(publisher));
            entries.add(entry);
        }
        feed.setEntries(entries);
        return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
    }

    private static Link link(String href, String rel, String type) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }
}
