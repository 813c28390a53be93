package cn.gongkai.catalogue;

import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Versions of a published item: a correction is published as a new item that replaces the old
 * one; the old one stays reachable by its index number, marked as replaced, and leaves the
 * catalogue's lists, search and feed.
 */
@Service
public class ItemVersions {

    private static final Logger log = LoggerFactory.getLogger(ItemVersions.class);

    /** Which item this one replaces, and which item replaced it since when. */
    public record Versions(String replaces, String replacedBy, LocalDate replacedOn) {
    }

    private final JdbcClient jdbc;
    private final CatalogueService catalogue;
    private final AgencyTime clock;

    ItemVersions(JdbcClient jdbc, CatalogueService catalogue, AgencyTime clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Why {@code indexNumber} cannot be replaced by a draft of {@code division}, if it cannot. */
    public Optional<String> whyNotReplaceable(String indexNumber, String division) {
        Optional<CatalogueItem> old = catalogue.find(indexNumber);
        if (old.isEmpty()) {
            return Optional.of("目录中没有索引号为「" + indexNumber + "」的信息");
        }
        String replacedBy = of(old.get()).replacedBy();
        if (replacedBy != null) {
            return Optional.of("「" + indexNumber + "」已被「" + replacedBy + "」替代，请更正最新的版本");
        }
        if (division != null && !division.equals(old.get().division())) {
            return Optional.of("「" + indexNumber + "」由" + old.get().divisionName() + "发布，只能由该处室更正");
        }
        return Optional.empty();
    }

    /** On publication of {@code replacement}: the old item is marked as replaced by it. */
    public void replace(String oldIndexNumber, CatalogueItem replacement) {
        jdbc.sql("UPDATE catalogue_item SET replaces = :old WHERE index_number = :new")
                .param("old", oldIndexNumber).param("new", replacement.indexNumber()).update();
        int marked = jdbc.sql("UPDATE catalogue_item SET replaced_by = :new, replaced_on = :today "
                        + "WHERE index_number = :old AND replaced_by IS NULL")
                .param("new", replacement.indexNumber()).param("today", clock.today()).param("old", oldIndexNumber).update();
        if (marked == 0) {
            log.warn("CATALOGUE-012 {} was already replaced; {} names it as replaced all the same", oldIndexNumber,
                    replacement.indexNumber());
        } else {
            log.info("CATALOGUE-011 {} replaced by {}", oldIndexNumber, replacement.indexNumber());
        }
    }

    public Versions of(CatalogueItem item) {
        return jdbc.sql("SELECT replaces, replaced_by, replaced_on FROM catalogue_item WHERE index_number = :n")
                .param("n", item.indexNumber())
                .query((rs, n) -> new Versions(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class))).single();
    }
}
