package cn.gongkai.catalogue;

import cn.gongkai.files.StoredFile;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
        StoredFile file = found.get();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.type().mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(files.content(file));
    }
}
