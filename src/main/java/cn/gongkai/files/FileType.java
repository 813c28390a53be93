package cn.gongkai.files;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of file Gongkai accepts (the allow-list), as their content shows them: the signed
 * document as PDF or OFD (GB/T 33190), Word and Excel files (including WPS Office's .wps and .et,
 * which are of the same formats), JPEG and PNG images and plain text.
 */
public enum FileType {
    PDF("application/pdf", "PDF 文件", "pdf"),
    OFD("application/ofd", "OFD 版式文件", "ofd"),
    DOC("application/msword", "Word 文档", "doc", "wps"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档", "docx", "wps"),
    XLS("application/vnd.ms-excel", "Excel 表格", "xls", "et"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格", "xlsx", "et"),
    JPEG("image/jpeg", "JPEG 图片", "jpg", "jpeg"),
    PNG("image/png", "PNG 图片", "png"),
    TXT("text/plain", "文本文件", "txt");

    /** As the upload pages say it. */
    public static final String ACCEPTED = "PDF、OFD、Word（doc、docx）、Excel（xls、xlsx）、WPS（wps、et）、JPEG、PNG、TXT";

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    FileType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    public List<String> extensions() {
        return extensions;
    }

    static Optional<FileType> ofMediaType(String mediaType) {
        return Stream.of(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** For an HTML {@code accept} attribute. */
    public static String acceptAttribute() {
        return String.join(",", Stream.of(values()).flatMap(t -> t.extensions.stream()).distinct().map(e -> "." + e).toList());
    }
}
