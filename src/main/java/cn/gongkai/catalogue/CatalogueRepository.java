package cn.gongkai.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The catalogue tables: {@code catalogue_item} and the per-year index serials. */
@Repository
class CatalogueRepository {

    private static final String COLUMNS = """
            index_number, title, summary, body, category, division, division_name, document_number, document_type,
            formed_on, published_on, published_at, full_text_electronic, process_instance_id""";

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    CatalogueRepository(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    void insert(CatalogueItem item) {
        jdbc.sql("INSERT INTO catalogue_item (" + COLUMNS + ") VALUES (:indexNumber, :title, :summary, :body, "
                        + ":category, :division, :divisionName, :documentNumber, :documentType, :formedOn, "
                        + ":publishedOn, :publishedAt, :fullText, :pi)")
                .param("indexNumber", item.indexNumber())
                .param("title", item.title())
                .param("summary", item.summary())
                .param("body", item.body())
                .param("category", item.category())
                .param("division", item.division())
                .param("divisionName", item.divisionName())
                .param("documentNumber", item.documentNumber())
                .param("documentType", item.documentType().name())
                .param("formedOn", item.formedOn())
                .param("publishedOn", item.publishedOn())
                .param("publishedAt", OffsetDateTime.ofInstant(item.publishedAt(), ZoneOffset.UTC))
                .param("fullText", item.fullTextElectronic())
                .param("pi", item.processInstanceId())
                .update();
    }

    Optional<CatalogueItem> findByIndexNumber(String indexNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_item WHERE index_number = :n")
                .param("n", indexNumber)
                .query(CatalogueRepository::map)
                .optional();
    }

    Optional<CatalogueItem> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_item WHERE process_instance_id = :pi")
                .param("pi", processInstanceId)
                .query(CatalogueRepository::map)
                .optional();
    }

    CataloguePage search(CatalogueQuery query) {
        // an item replaced by a new version stays reachable by its index number, not in lists and search
        StringBuilder where = new StringBuilder(" WHERE replaced_by IS NULL AND withdrawn_on IS NULL");
        Map<String, Object> params = new HashMap<>();
        if (query.q() != null) {
            where.append(" AND (title LIKE :q ESCAPE '\\' OR summary LIKE :q ESCAPE '\\'"
                    + " OR body LIKE :q ESCAPE '\\' OR document_number LIKE :q ESCAPE '\\'"
                    + " OR index_number LIKE :q ESCAPE '\\'"
                    // the text of its published documents, extracted once when they were uploaded
                    + " OR EXISTS (SELECT 1 FROM stored_file f WHERE f.owner_type = 'ITEM'"
                    + " AND f.owner_id = catalogue_item.process_instance_id AND f.purpose IN ('SIGNED_DOCUMENT', 'ANNEX')"
                    + " AND f.extracted_text LIKE :q ESCAPE '\\'))");
            params.put("q", "%" + escapeLike(query.q()) + "%");
        }
        if (query.category() != null) {
            where.append(" AND category = :category");
            params.put("category", query.category());
        }
        if (query.year() != null) {
            where.append(" AND published_on >= :yearStart AND published_on < :nextYearStart");
            params.put("yearStart", LocalDate.of(query.year(), 1, 1));
            params.put("nextYearStart", LocalDate.of(query.year() + 1, 1, 1));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM catalogue_item" + where).params(params)
                .query(Long.class).single();
        Map<String, Object> pageParams = new HashMap<>(params);
        pageParams.put("limit", query.size());
        pageParams.put("offset", (long) (query.page() - 1) * query.size());
        List<CatalogueItem> items = jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_item" + where
                        + " ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(pageParams)
                .query(CatalogueRepository::map)
                .list();
        return new CataloguePage(new ArrayList<>(items), query.page(), query.size(), total);
    }

    List<CatalogueItem> latest(int count) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_item WHERE replaced_by IS NULL AND withdrawn_on IS NULL"
                        + " ORDER BY published_at DESC, id DESC LIMIT :n")
                .param("n", count)
                .query(CatalogueRepository::map)
                .list();
    }

    List<Integer> publicationYears() {
        return jdbc.sql("SELECT DISTINCT EXTRACT(YEAR FROM published_on) AS y FROM catalogue_item ORDER BY y DESC")
                .query((rs, n) -> rs.getInt(1))
                .list();
    }

    /**
     * The next serial of the year. The UPDATE locks the year's row until the transaction ends, so
     * concurrent publishers (also on other nodes) get distinct serials. A missing year row is
     * created inside a savepoint, so that losing the race to another node does not abort the
     * surrounding transaction (PostgreSQL would).
     */
    int nextSerial(int year) {
        if (incrementSerial(year) == 0) {
            try {
                savepoint.executeWithoutResult(status -> jdbc
                        .sql("INSERT INTO index_serial (serial_year, last_serial) VALUES (:y, 0)")
                        .param("y", year).update());
            } catch (DuplicateKeyException e) {
                // another publisher created the year's row first
            }
            if (incrementSerial(year) == 0) {
                throw new IllegalStateException("Cannot allocate an index serial for " + year);
            }
        }
        return jdbc.sql("SELECT last_serial FROM index_serial WHERE serial_year = :y")
                .param("y", year).query(Integer.class).single();
    }

    private int incrementSerial(int year) {
        return jdbc.sql("UPDATE index_serial SET last_serial = last_serial + 1 WHERE serial_year = :y")
                .param("y", year).update();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static CatalogueItem map(ResultSet rs, int row) throws SQLException {
        return new CatalogueItem(
                rs.getString("index_number"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body"),
                rs.getString("category"),
                rs.getString("division"),
                rs.getString("division_name"),
                rs.getString("document_number"),
                DocumentType.valueOf(rs.getString("document_type")),
                rs.getObject("formed_on", LocalDate.class),
                rs.getObject("published_on", LocalDate.class),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("full_text_electronic"),
                rs.getString("process_instance_id"));
    }
}
