package cn.gongkai.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Uploads from a page's file inputs; an input left empty brings nothing. */
public final class Uploads {

    static final int MAX_NAME = 200;

    private Uploads() {
    }

    public static List<Upload> of(String field, FilePurpose purpose, List<MultipartFile> parts) {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile part : parts == null ? List.<MultipartFile>of() : parts) {
            if (part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                uploads.add(new Upload(field, purpose, fileName(part.getOriginalFilename()), part.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }

    /** The name a browser sent, without any folder (C:\fakepath\…), control characters or excess length. */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            name = "未命名文件";
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME - extension.length())) + extension;
        }
        return name;
    }
}
