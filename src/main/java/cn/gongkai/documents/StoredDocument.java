package cn.gongkai.documents;

import java.time.Instant;

/** A generated document kept with its application (without its content). */
public record StoredDocument(long id, long requestId, DocumentKind kind, String title, String fileName,
        String createdBy, Instant createdAt) {
}
