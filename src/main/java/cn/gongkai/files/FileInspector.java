package cn.gongkai.files;

import cn.gongkai.system.Problems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What an uploaded file really is, by its content (Apache Tika's detectors, never the name or the
 * browser's word), checked against the allow-list ({@link FileType}) and against its own name, so
 * a program renamed to .pdf or a photo renamed to .docx is refused; and its text, extracted once for
 * search.
 */
@Component
public class FileInspector {

    private static final Logger log = LoggerFactory.getLogger(FileInspector.class);

    private final TikaConfig tika = TikaConfig.getDefaultConfig();
    private final Detector detector = tika.getDetector();
    private final AutoDetectParser parser = new AutoDetectParser(tika);
    private final FileProperties properties;

    FileInspector(FileProperties properties) {
        this.properties = properties;
    }

    /** The file's type, or a problem named by {@code upload.field()} and its name; null when refused. */
    public FileType inspect(Upload upload, Problems problems) {
        String name = upload.fileName();
        byte[] content = upload.content();
        if (content.length == 0) {
            problems.add(upload.field(), "文件「" + name + "」是空文件");
            return null;
        }
        if (content.length > properties.maxFileSize().toBytes()) {
            problems.add(upload.field(), "文件「" + name + "」超过单个文件 " + megabytes(properties.maxFileSize().toBytes())
                    + " 的上限");
            return null;
        }
        String detected = detect(content);
        Optional<FileType> type = FileType.ofMediaType(detected);
        if (type.isEmpty()) {
            problems.add(upload.field(), "文件「" + name + "」的实际格式（" + detected + "）不在可上传的范围内。可上传：" + FileType.ACCEPTED);
            return null;
        }
        String extension = extension(name);
        if (!type.get().extensions().contains(extension)) {
            problems.add(upload.field(), "文件「" + name + "」的扩展名与内容不符：其内容是" + type.get().label()
                    + "，扩展名应为 " + String.join("、", type.get().extensions()));
            return null;
        }
        return type.get();
    }

    /** The media type the content shows; an OFD is a ZIP package with {@code OFD.xml} at its root. */
    String detect(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            MediaType type = detector.detect(in, new Metadata()).getBaseType();
            if (type.equals(MediaType.APPLICATION_ZIP) && hasRootEntry(content, "OFD.xml")) {
                return FileType.OFD.mediaType();
            }
            return type.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a file for search, at most {@code gongkai.files.max-text-characters}; empty when it has none or cannot be read. */
    public String text(byte[] content) {
        BodyContentHandler handler = new BodyContentHandler(properties.maxTextCharacters());
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                // an encrypted PDF, a scan without text: kept, not searchable
                log.info("FILE-002 no text extracted ({})", e.getClass().getSimpleName());
                return "";
            }
        }
        return handler.toString().strip();
    }

    private static boolean hasRootEntry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
