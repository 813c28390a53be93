package cn.gongkai.files;

/** A file as it arrived, not yet checked: the form field it came in, its name and its bytes. */
public record Upload(String field, FilePurpose purpose, String fileName, byte[] content) {
}
