package cn.gongkai.files;

import java.time.Instant;

/** A file kept with a matter; its bytes are read separately. */
public record StoredFile(long id, String ownerType, String ownerId, FilePurpose purpose, String fileName, FileType type,
        long size, String sha256, String uploadedBy, Instant uploadedAt) {

    /** Size for people: 1.2 MB, 340 KB. */
    public String sizeText() {
        if (size >= 1024 * 1024) {
            return String.format("%.1f MB", size / 1024.0 / 1024.0);
        }
        return Math.max(1, (size + 1023) / 1024) + " KB";
    }
}
