package cn.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.GongkaiServerTest;
import cn.gongkai.TestHttp;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads over real HTTP (Tomcat's own multipart parsing, Spring Security's CSRF check): an
 * application with its papers, a file above Gongkai's limit named in Chinese, a request above the
 * servlet's limit refused with 413 before it is read, and staff downloading what was uploaded.
 */
@GongkaiServerTest
class PortalUploadTest {

    @LocalServerPort
    int port;

    TestHttp http;
    String csrfCookie;
    String csrfToken;

    @BeforeEach
    void form() {
        http = new TestHttp(port);
        HttpResponse<String> page = http.get("/apply").send();
        csrfCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("GONGKAI-CSRF="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        csrfToken = Jsoup.parse(page.body()).select("form.application input[name=_csrf]").attr("value");
        assertThat(csrfToken).isNotBlank();
    }

    record Part(String field, String fileName, byte[] content) {
    }

    HttpResponse<String> apply(Part... files) {
        String boundary = "----gongkai" + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrfToken);
        fields.put("applicantType", "NATURAL_PERSON");
        fields.put("applicantName", "赵雷");
        fields.put("contactPhone", "13600001234");
        fields.put("description", "2026年工业互联网平台项目名单");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (Part file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.post("/apply", "multipart/form-data; boundary=" + boundary, body.toByteArray())
                .header("Cookie", csrfCookie).send();
    }

    @Test
    void anApplicationWithItsPapersIsStoredAndStaffDownloadThem() {
        String note = "补充说明：项目名单见附件。";
        HttpResponse<String> submitted = apply(new Part("identityProof", "身份证.png", Samples.png()),
                new Part("papers", "说明.txt", Samples.text(note)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        String code = submitted.headers().firstValue("Location").orElseThrow().replaceAll(".*/track/([A-Z0-9-]+).*", "$1");

        Document file = Jsoup.parse(http.get("/staff/requests/" + code).basic("disclosure", "demo").send().body());
        String txt = file.select("a:contains(说明.txt)").attr("href");
        assertThat(file.select("#files-heading + ul").text()).contains("身份证明：身份证.png").contains("证明材料：说明.txt");
        HttpResponse<String> download = http.get(txt).basic("disclosure", "demo").send();
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(note);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
    }

    @Test
    void aFileAboveTheLimitIsNamedAndARequestAboveTheServletsLimitIsRefusedBeforeItIsRead() {
        byte[] big = new byte[21 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        HttpResponse<String> tooBig = apply(new Part("papers", "大文件.txt", big));
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(tooBig.body()).select("#err-papers").text()).isEqualTo("文件「大文件.txt」超过单个文件 20 MB 的上限");

        byte[] huge = new byte[25 * 1024 * 1024 + 100_000];
        HttpResponse<String> refused = apply(new Part("papers", "超大文件.pdf", huge));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("上传的文件过大，未被接收");
    }
}
