package cn.gongkai.documents;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code request_document} table. */
@Repository
public class DocumentRepository {

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public StoredDocument insert(long requestId, DocumentKind kind, String title, String fileName, byte[] content,
            String createdBy, java.time.Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO request_document (request_id, kind, title, file_name, content, created_by, created_at)
                VALUES (:r, :kind, :title, :file, :content, :by, :at)
                """)
                .param("r", requestId).param("kind", kind.name()).param("title", title).param("file", fileName)
                .param("content", content).param("by", createdBy).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(key, "id");
        return new StoredDocument(key.getKey().longValue(), requestId, kind, title, fileName, createdBy, at);
    }

    public List<StoredDocument> list(long requestId) {
        return jdbc.sql("SELECT id, request_id, kind, title, file_name, created_by, created_at FROM request_document"
                        + " WHERE request_id = :r ORDER BY id")
                .param("r", requestId)
                .query((rs, n) -> new StoredDocument(rs.getLong(1), rs.getLong(2), DocumentKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
    }

    public Optional<byte[]> content(long requestId, long documentId) {
        return jdbc.sql("SELECT content FROM request_document WHERE id = :id AND request_id = :r")
                .param("id", documentId).param("r", requestId).query(byte[].class).optional();
    }
}
