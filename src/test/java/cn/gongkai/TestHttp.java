package cn.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A plain HTTP client for tests against {@link GongkaiServerTest}: every header as given (Origin,
 * Sec-Fetch-Site, Cookie…), no redirects followed, no cookies kept unless a test passes them on.
 */
public final class TestHttp {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public TestHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    public Call get(String path) {
        return new Call("GET", path, BodyPublishers.noBody());
    }

    public Call post(String path, String contentType, String body) {
        return new Call("POST", path, BodyPublishers.ofString(body, StandardCharsets.UTF_8)).header("Content-Type", contentType);
    }

    public Call post(String path, String contentType, byte[] body) {
        return new Call("POST", path, BodyPublishers.ofByteArray(body)).header("Content-Type", contentType);
    }

    public Call json(String method, String path, String json) {
        return new Call(method, path, BodyPublishers.ofString(json, StandardCharsets.UTF_8)).header("Content-Type", "application/json");
    }

    public Call put(String path, String contentType, String body) {
        return new Call("PUT", path, BodyPublishers.ofString(body, StandardCharsets.UTF_8)).header("Content-Type", contentType);
    }

    /** A request being built. */
    public final class Call {

        private final String method;
        private final String path;
        private final BodyPublisher body;
        private final List<String> headers = new ArrayList<>();

        private Call(String method, String path, BodyPublisher body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        public Call header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        public Call basic(String user, String password) {
            return header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        /** As a page of another site would send it (a form posted, a link followed). */
        public Call fromOtherSite() {
            return header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site")
                    .header("Sec-Fetch-Mode", "navigate");
        }

        public HttpResponse<String> send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .method(method, body);
            if (!headers.isEmpty()) {
                request.headers(headers.toArray(String[]::new));
            }
            try {
                return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public int status() {
            return send().statusCode();
        }
    }

    /** A multipart/form-data body, as a browser's form or curl -F sends it. */
    public static byte[] multipart(String boundary, String field, String fileName, String content) {
        String part = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"" + (fileName == null ? "" : "; filename=\"" + fileName + "\"")
                + "\r\n" + (fileName == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n"
                + content + "\r\n--" + boundary + "--\r\n";
        return part.getBytes(StandardCharsets.UTF_8);
    }
}
