package cn.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.system.FieldProblem;
import cn.gongkai.system.InvalidRequestException;
import cn.gongkai.system.Problems;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

/** Files are judged by their content against the allow-list and their own name, never by the name alone. */
class FileInspectorTest {

    final FileInspector inspector = new FileInspector(
            new FileProperties(DataSize.ofKilobytes(64), DataSize.ofMegabytes(1), 3, 10_000));

    @ParameterizedTest(name = "{0}")
    @CsvSource({"通知.pdf, PDF", "通知.ofd, OFD", "通知.docx, DOCX", "表.xlsx, XLSX", "表.xls, XLS", "表.et, XLS",
        "身份证.jpg, JPEG", "身份证.JPEG, JPEG", "营业执照.png, PNG", "说明.txt, TXT"})
    void acceptsEveryKindOnTheListByItsContent(String name, FileType expected) {
        Problems problems = new Problems();
        assertThat(inspector.inspect(new Upload("papers", FilePurpose.SUPPORTING, name, sample(expected)), problems))
                .isEqualTo(expected);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void refusesAProgramRenamedToPdfAPhotoRenamedToPdfAnEmptyAndAnOversizeFileNamingEach() {
        Problems problems = new Problems();
        List<Upload> uploads = List.of(new Upload("papers", FilePurpose.SUPPORTING, "答复.pdf", Samples.program()),
                new Upload("papers", FilePurpose.SUPPORTING, "照片.pdf", Samples.png()),
                new Upload("identityProof", FilePurpose.IDENTITY_PROOF, "空.pdf", new byte[0]),
                new Upload("papers", FilePurpose.SUPPORTING, "大.txt", new byte[65 * 1024]));
        uploads.forEach(u -> assertThat(inspector.inspect(u, problems)).isNull());
        List<String> messages = new ArrayList<>();
        try {
            problems.throwIfAny();
        } catch (InvalidRequestException e) {
            e.problems().stream().map(FieldProblem::message).forEach(messages::add);
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("papers", "papers", "identityProof", "papers");
        }
        assertThat(messages).hasSize(4);
        assertThat(messages.get(0)).startsWith("文件「答复.pdf」的实际格式（application/x-");
        assertThat(messages.get(0)).endsWith("不在可上传的范围内。可上传：" + FileType.ACCEPTED);
        assertThat(messages.get(1)).isEqualTo("文件「照片.pdf」的扩展名与内容不符：其内容是PNG 图片，扩展名应为 png");
        assertThat(messages.get(2)).isEqualTo("文件「空.pdf」是空文件");
        assertThat(messages.get(3)).isEqualTo("文件「大.txt」超过单个文件 64 KB 的上限");
    }

    @Test
    void aZipThatIsNoOfdIsRefused() {
        Problems problems = new Problems();
        byte[] zip = Samples.docx("x");
        assertThat(inspector.inspect(new Upload("papers", FilePurpose.SUPPORTING, "通知.ofd", zip), problems)).isNull();
        assertThat(problems.isEmpty()).isFalse();
    }

    @Test
    void extractsTheTextOnceForSearch() {
        assertThat(inspector.text(Samples.docx("关于2026年中小企业发展专项资金分配结果的通知"))).contains("中小企业发展专项资金");
        assertThat(inspector.text(Samples.pdf("Disclosure list 2026"))).contains("Disclosure list 2026");
        assertThat(inspector.text(Samples.xlsx("项目名称"))).contains("项目名称");
        assertThat(inspector.text(Samples.png())).isEmpty();
    }

    @Test
    void aBrowsersFolderAndControlCharactersLeaveTheName() {
        assertThat(Uploads.fileName("C:\\fakepath\\身份证.jpg")).isEqualTo("身份证.jpg");
        assertThat(Uploads.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Uploads.fileName("a\u0000b\r\n.pdf")).isEqualTo("ab.pdf");
        assertThat(Uploads.fileName("字".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }

    static byte[] sample(FileType type) {
        return switch (type) {
            case PDF -> Samples.pdf("Government information 2026");
            case OFD -> Samples.ofd();
            case DOC -> throw new IllegalArgumentException("no writer for .doc here");
            case DOCX -> Samples.docx("政府信息公开");
            case XLS -> Samples.xls("政府信息公开");
            case XLSX -> Samples.xlsx("政府信息公开");
            case JPEG -> Samples.jpeg();
            case PNG -> Samples.png();
            case TXT -> Samples.text("申请公开的政府信息：2026年专项资金分配结果");
        };
    }
}
