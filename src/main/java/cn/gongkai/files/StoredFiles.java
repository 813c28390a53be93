package cn.gongkai.files;

import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Problems;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files kept with a matter (an application: {@code REQUEST}), in table {@code stored_file}.
 * Uploads are first checked all together ({@link #check}), naming every bad one; only then are
 * they stored, inside the caller's transaction with the matter's own record, so nothing is ever
 * half-stored. Logs name a file by its id and purpose, never by its name or content.
 */
@Service
public class StoredFiles {

    public static final String REQUEST = "REQUEST";
    /** A proactive item, by the process instance that carries it through approval. */
    public static final String ITEM = "ITEM";

    private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);

    /** An upload that passed the checks, with its type. */
    public record Checked(Upload upload, FileType type) {
    }

    private final JdbcClient jdbc;
    private final FileInspector inspector;
    private final FileProperties properties;
    private final AgencyTime clock;

    StoredFiles(JdbcClient jdbc, FileInspector inspector, FileProperties properties, AgencyTime clock) {
        this.jdbc = jdbc;
        this.inspector = inspector;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Checks every upload (type by content, name, size) and the matter's total, adding a problem
     * for each bad one. {@code alreadyStored} is what the matter holds already, in bytes.
     */
    public List<Checked> check(List<Upload> uploads, long alreadyStored, Problems problems) {
        List<Checked> checked = new ArrayList<>();
        if (uploads.isEmpty()) {
            return checked;
        }
        if (uploads.size() > properties.maxFilesPerUpload()) {
            problems.add(uploads.get(0).field(), "一次最多上传 " + properties.maxFilesPerUpload() + " 个文件，收到 " + uploads.size() + " 个");
            return checked;
        }
        long total = alreadyStored;
        for (Upload upload : uploads) {
            FileType type = inspector.inspect(upload, problems);
            total += upload.content().length;
            if (type != null) {
                checked.add(new Checked(upload, type));
            }
        }
        if (total > properties.maxMatterSize().toBytes()) {
            problems.add(uploads.get(0).field(), "文件合计超过每件事项 " + FileInspector.megabytes(properties.maxMatterSize().toBytes())
                    + " 的上限");
        }
        return checked;
    }

    /** Stores checked files with their owner, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<StoredFile> store(String ownerType, String ownerId, List<Checked> files, String uploadedBy) {
        List<StoredFile> stored = new ArrayList<>();
        for (Checked file : files) {
            Upload upload = file.upload();
            byte[] content = upload.content();
            String sha256 = sha256(content);
            String text = inspector.text(content);
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            var now = clock.now();
            jdbc.sql("""
                    INSERT INTO stored_file (owner_type, owner_id, purpose, file_name, file_type, size_bytes, sha256, content,
                                             extracted_text, uploaded_by, uploaded_at)
                    VALUES (:ownerType, :ownerId, :purpose, :name, :type, :size, :sha, :content, :text, :by, :at)
                    """)
                    .param("ownerType", ownerType).param("ownerId", ownerId).param("purpose", upload.purpose().name())
                    .param("name", upload.fileName()).param("type", file.type().name()).param("size", content.length)
                    .param("sha", sha256).param("content", content).param("text", text).param("by", uploadedBy)
                    .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            log.info("FILE-001 {} {} #{} stored with {} {}: {} bytes, {}", upload.purpose(), file.type(), id, ownerType,
                    ownerId, content.length, upload.purpose().personal() ? "personal" : "not personal");
            stored.add(new StoredFile(id, ownerType, ownerId, upload.purpose(), upload.fileName(), file.type(),
                    content.length, sha256, uploadedBy, now));
        }
        return stored;
    }

    private static final String COLUMNS =
            "id, owner_type, owner_id, purpose, file_name, file_type, size_bytes, sha256, uploaded_by, uploaded_at";

    public List<StoredFile> list(String ownerType, String ownerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stored_file WHERE owner_type = :ownerType AND owner_id = :ownerId ORDER BY id")
                .param("ownerType", ownerType).param("ownerId", ownerId)
                .query(StoredFiles::map).list();
    }

    public Optional<StoredFile> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stored_file WHERE id = :id").param("id", id).query(StoredFiles::map).optional();
    }

    private static StoredFile map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3), FilePurpose.valueOf(rs.getString(4)),
                rs.getString(5), FileType.valueOf(rs.getString(6)), rs.getLong(7), rs.getString(8), rs.getString(9),
                rs.getObject(10, OffsetDateTime.class).toInstant());
    }

    /** What the owner holds already, in bytes. */
    public long totalSize(String ownerType, String ownerId) {
        return jdbc.sql("SELECT COALESCE(SUM(size_bytes), 0) FROM stored_file WHERE owner_type = :t AND owner_id = :id")
                .param("t", ownerType).param("id", ownerId).query(Long.class).single();
    }

    public Optional<byte[]> content(String ownerType, String ownerId, long fileId) {
        return jdbc.sql("SELECT content FROM stored_file WHERE id = :id AND owner_type = :t AND owner_id = :o")
                .param("id", fileId).param("t", ownerType).param("o", ownerId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The text extracted from the owner's first file of {@code purpose} that has any. */
    public Optional<String> text(String ownerType, String ownerId, FilePurpose purpose) {
        return jdbc.sql("SELECT extracted_text FROM stored_file WHERE owner_type = :t AND owner_id = :o AND purpose = :p "
                        + "AND extracted_text IS NOT NULL AND extracted_text <> '' ORDER BY id")
                .param("t", ownerType).param("o", ownerId).param("p", purpose.name())
                .query((rs, n) -> rs.getString(1)).stream().findFirst();
    }

    public boolean has(String ownerType, String ownerId, FilePurpose purpose) {
        return jdbc.sql("SELECT COUNT(*) FROM stored_file WHERE owner_type = :t AND owner_id = :o AND purpose = :p")
                .param("t", ownerType).param("o", ownerId).param("p", purpose.name()).query(Long.class).single() > 0;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
