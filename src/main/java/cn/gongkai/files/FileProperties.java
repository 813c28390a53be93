package cn.gongkai.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploads ({@code gongkai.files.*}): each file, all files of one matter, and how many
 * files one submission may bring. The servlet's own multipart limits are set above these, so a
 * person always gets the Chinese message naming the file.
 */
@ConfigurationProperties("gongkai.files")
public record FileProperties(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("100MB") DataSize maxMatterSize,
        @DefaultValue("10") int maxFilesPerUpload,
        @DefaultValue("200000") int maxTextCharacters) {
}
