package cn.gongkai.catalogue;

import cn.gongkai.files.Downloads;
import cn.gongkai.files.StoredFile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of published items' documents (正式文件, 附件), for everyone. */
@RestController
class CatalogueFilesController {

    private final PublishedFiles files;

    CatalogueFilesController(PublishedFiles files) {
        this.files = files;
    }

    @GetMapping("/catalogue/files/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        java.util.Optional<StoredFile> found = files.find(id);
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return Downloads.attachment(found.get(), files.content(found.get()));
    }
}
