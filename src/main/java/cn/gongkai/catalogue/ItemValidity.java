package cn.gongkai.catalogue;

import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.ConflictException;
import cn.gongkai.system.Fields;
import cn.gongkai.system.NotFoundException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a published 规章 or 行政规范性文件 is still in force: staff of its division or of the
 * disclosure office record that it was amended or repealed, on which day and by which document.
 * The catalogue shows it; the annual report counts repeals and documents in force from these records.
 */
@Service
public class ItemValidity {

    private static final Logger log = LoggerFactory.getLogger(ItemValidity.class);

    /** One recorded change. */
    public record Change(Validity validity, LocalDate changedOn, String basis, String changedBy) {
    }

    private final JdbcClient jdbc;
    private final CatalogueService catalogue;
    private final AgencyTime clock;

    ItemValidity(JdbcClient jdbc, CatalogueService catalogue, AgencyTime clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public static boolean applies(CatalogueItem item) {
        return item.documentType() == DocumentType.REGULATION || item.documentType() == DocumentType.NORMATIVE_DOCUMENT;
    }

    /** The latest change's state; in force without one. */
    public Validity current(CatalogueItem item) {
        return latest(item).map(Change::validity).orElse(Validity.IN_FORCE);
    }

    public List<Change> changes(CatalogueItem item) {
        return jdbc.sql("""
                SELECT c.validity, c.changed_on, c.basis, c.changed_by FROM catalogue_validity_change c
                JOIN catalogue_item i ON i.id = c.item_id WHERE i.index_number = :n ORDER BY c.changed_on, c.id
                """).param("n", item.indexNumber())
                .query((rs, n) -> new Change(Validity.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4))).list();
    }

    /** Records that the item was amended or repealed; form fields {@code validity}, {@code changedOn}, {@code basis}. */
    @Transactional
    public Change change(String indexNumber, Map<String, ?> form, String actor) {
        CatalogueItem item = catalogue.find(indexNumber)
                .orElseThrow(() -> new NotFoundException("目录中没有索引号为「" + indexNumber + "」的信息"));
        if (!applies(item)) {
            throw new ConflictException("只有规章和行政规范性文件需要标注有效性");
        }
        if (current(item) == Validity.REPEALED) {
            throw new ConflictException("该文件已废止，不能再更改其有效性");
        }
        Fields in = new Fields(form, clock.zone());
        Validity to = in.choice("validity", "有效性", Validity.class, true);
        if (to == Validity.IN_FORCE) {
            in.problem("validity", "「有效性」应为「已修改」或「已废止」");
        }
        LocalDate on = in.date("changedOn", "修改或废止日期", true);
        if (on != null && (on.isAfter(clock.today()) || on.isBefore(item.formedOn()))) {
            in.problem("changedOn", "「修改或废止日期」应在文件形成之日（" + item.formedOn() + "）与今天之间");
        }
        String basis = in.text("basis", "修改或废止它的文件", 300, true);
        in.validate();
        long id = jdbc.sql("SELECT id FROM catalogue_item WHERE index_number = :n").param("n", indexNumber).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO catalogue_validity_change (item_id, validity, changed_on, basis, changed_by, recorded_at)
                VALUES (:item, :v, :on, :basis, :by, :at)
                """).param("item", id).param("v", to.name()).param("on", on).param("basis", basis).param("by", actor)
                .param("at", OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC)).update();
        log.info("CATALOGUE-010 {} {} on {} by {}", indexNumber, to, on, actor);
        return new Change(to, on, basis, actor);
    }

    /** The latest change, for the catalogue's 有效性 line. */
    public Optional<Change> latest(CatalogueItem item) {
        List<Change> all = changes(item);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
