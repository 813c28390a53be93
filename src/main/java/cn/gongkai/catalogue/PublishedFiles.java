package cn.gongkai.catalogue;

import cn.gongkai.files.FilePurpose;
import cn.gongkai.files.StoredFile;
import cn.gongkai.files.StoredFiles;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A published item's documents as the public gets them: its signed document and its annexes, once
 * the item is in the catalogue; nothing of an item still in approval, nothing personal.
 */
@Service
public class PublishedFiles {

    private final ItemWithdrawals withdrawals;
    private final StoredFiles files;
    private final CatalogueService catalogue;

    PublishedFiles(StoredFiles files, CatalogueService catalogue, ItemWithdrawals withdrawals) {
        this.withdrawals = withdrawals;
        this.files = files;
        this.catalogue = catalogue;
    }

    public List<StoredFile> of(CatalogueItem item) {
        if (item.processInstanceId() == null || withdrawals.of(item).isPresent()) {
            return List.of();
        }
        return files.list(StoredFiles.ITEM, item.processInstanceId()).stream().filter(f -> f.purpose().published()).toList();
    }

    /** A file the public may download: of a published item, and published with it. */
    public Optional<StoredFile> find(long id) {
        return files.find(id).filter(f -> StoredFiles.ITEM.equals(f.ownerType()) && f.purpose().published())
                .filter(f -> catalogue.findByProcessInstance(f.ownerId()).filter(i -> withdrawals.of(i).isEmpty()).isPresent());
    }

    /** The item's full text: its signed document's text, else its body. */
    public String fullText(CatalogueItem item) {
        return item.processInstanceId() == null ? item.body()
                : files.text(StoredFiles.ITEM, item.processInstanceId(), FilePurpose.SIGNED_DOCUMENT).orElse(item.body());
    }

    public byte[] content(StoredFile file) {
        return files.content(file.ownerType(), file.ownerId(), file.id()).orElseThrow();
    }

    public static String url(StoredFile file) {
        return "/catalogue/files/" + file.id();
    }
}
