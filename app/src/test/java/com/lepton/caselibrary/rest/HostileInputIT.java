package com.lepton.caselibrary.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.SharedPortal;
import com.lepton.caselibrary.demo.DemoRunRepository;
import com.lepton.caselibrary.demo.RunHistory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hostile-input suite, against the running portal over HTTP: damaged, oversized and disguised
 * uploads, malformed and oversized series and messages, markup where text belongs, and path
 * traversal in every URL parameter. Each is refused with a clear message in the caller's language
 * (or neutralised), nothing is recorded as a success, the upload is stored nowhere, and no file of
 * the server is served.
 */
class HostileInputIT extends SharedPortal {

    private static final String IMAGE_CASE = "manufacturing-sorting";
    private static final String SERIES_CASE = "technology-co2-monitoring";
    private static final String TEXT_CASE = "finance-message-risk";
    /** A marker put into uploads: if it turns up in any file under the data folder, an upload was stored. */
    private static final String MARKER = "HOSTILE-MARKER-7f3a";

    @LocalServerPort
    int port;

    @Autowired
    DemoRunRepository runs;

    /** Runs are written in the background: the test flushes before it counts them. */
    @Autowired
    RunHistory history;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> report = new ArrayList<>();

    private HttpResponse<String> upload(String fileName, String contentType, byte[] bytes, String language)
            throws Exception {
        String boundary = "----lepton" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri("/api/cases/" + IMAGE_CASE + "/run"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> json(String caseId, String json, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/api/cases/" + caseId + "/run"))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static byte[] png(int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, (x * 7 + y * 13) * 0x010101 & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** A valid PNG signature and header declaring {@code width x height} pixels, with a token of data: a pixel flood. */
    private static byte[] pixelFlood(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void refusesDamagedOversizedAndDisguisedUploadsStoringNothing() throws Exception {
        history.flush();
        long successesBefore = runs.countSuccesses(IMAGE_CASE);
        byte[] png = png(28);
        byte[] jpeg = jpeg(64);
        byte[] random = new byte[5_600_000];
        new Random(7).nextBytes(random);
        Map<String, byte[]> refused = new LinkedHashMap<>();
        refused.put("truncated PNG", Arrays.copyOf(png, png.length / 2));
        refused.put("truncated JPEG", Arrays.copyOf(jpeg, jpeg.length / 2));
        refused.put("pixel flood 100000 x 100000", pixelFlood(100_000, 100_000));
        refused.put("empty file", new byte[0]);
        refused.put(
                "GIF/JavaScript polyglot",
                ("GIF89a/*\u0001\u0001*/=1;alert('" + MARKER + "')//").getBytes(StandardCharsets.ISO_8859_1));
        refused.put(
                "SVG with a script",
                ("<svg xmlns='http://www.w3.org/2000/svg'><script>alert('" + MARKER + "')</script></svg>")
                        .getBytes(StandardCharsets.UTF_8));
        refused.put(
                "HTML named .png",
                ("<html><body onload=alert('" + MARKER + "')></body></html>").getBytes(StandardCharsets.UTF_8));
        refused.put("5.6 MB of noise", random);

        for (Map.Entry<String, byte[]> attempt : refused.entrySet()) {
            for (String language : List.of("en", "zh-CN")) {
                HttpResponse<String> response = upload("x.png", "image/png", attempt.getValue(), language);
                report.add("%-28s %-5s -> %d %s"
                        .formatted(attempt.getKey(), language, response.statusCode(), response.body()));
                assertThat(response.statusCode()).as(attempt.getKey()).isIn(400, 413);
                assertThat(response.body())
                        .as(attempt.getKey())
                        .contains("\"succeeded\":false")
                        .doesNotContain(MARKER);
                if (language.equals("zh-CN")) {
                    assertThat(response.body())
                            .as(attempt.getKey() + " in Chinese")
                            .containsPattern("[\\u4e00-\\u9fff]");
                }
            }
        }
        // A real PNG with a script appended after its end: decoded as the image it is, the tail ignored, nothing
        // stored.
        HttpResponse<String> polyglot = upload(
                "x.png",
                "image/png",
                concat(png, ("<script>alert('" + MARKER + "')</script>").getBytes(StandardCharsets.UTF_8)),
                "en");
        report.add("PNG with appended script      -> " + polyglot.statusCode());
        assertThat(polyglot.statusCode()).isEqualTo(200);
        assertThat(polyglot.body()).doesNotContain(MARKER);

        history.flush();
        assertThat(runs.countSuccesses(IMAGE_CASE))
                .as("only the one real image counted as a success")
                .isEqualTo(successesBefore + 1);
        assertThat(filesContaining(MARKER)).as("no upload stored under " + DATA).isEmpty();
        System.out.println("hostile uploads:\n  " + String.join("\n  ", report));
    }

    @Test
    void refusesMalformedAndOversizedSeriesAndMessages() throws Exception {
        Map<String, String[]> attempts = new LinkedHashMap<>();
        attempts.put("series of text", new String[] {SERIES_CASE, "{\"series\":\"400\\n<script>alert(1)</script>\"}"});
        attempts.put(
                "series with NaN", new String[] {SERIES_CASE, "{\"series\":\"" + "400.1\\n".repeat(23) + "NaN\"}"});
        attempts.put(
                "series with 1e999", new String[] {SERIES_CASE, "{\"series\":\"" + "400.1\\n".repeat(23) + "1e999\"}"});
        attempts.put("series too short", new String[] {SERIES_CASE, "{\"series\":\"400.1,400.2\"}"});
        attempts.put(
                "series of 6000 points",
                new String[] {SERIES_CASE, "{\"series\":\"" + "400.1,".repeat(6000) + "400\"}"});
        attempts.put("series in percent", new String[] {SERIES_CASE, "{\"series\":\"" + "0.04\\n".repeat(24) + "\"}"});
        attempts.put("empty series", new String[] {SERIES_CASE, "{\"series\":\"\"}"});
        attempts.put("message too long", new String[] {TEXT_CASE, "{\"text\":\"" + "win ".repeat(2000) + "\"}"});
        attempts.put("empty message", new String[] {TEXT_CASE, "{\"text\":\"   \"}"});
        attempts.put("not JSON", new String[] {TEXT_CASE, "text=hello"});
        attempts.put("JSON of the wrong shape", new String[] {TEXT_CASE, "[1,2,3]"});
        for (Map.Entry<String, String[]> attempt : attempts.entrySet()) {
            HttpResponse<String> response = json(attempt.getValue()[0], attempt.getValue()[1], "en");
            report.add(
                    "%-24s -> %d %s".formatted(attempt.getKey(), response.statusCode(), abbreviate(response.body())));
            assertThat(response.statusCode()).as(attempt.getKey()).isIn(400, 413);
            assertThat(response.body())
                    .as(attempt.getKey())
                    .doesNotContainIgnoringCase("exception")
                    .doesNotContain("Bad Request");
            // Quoted input in a message is JSON data, never served as a page.
            // JSON (RFC 9457 problem bodies are application/problem+json).
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(attempt.getKey())
                    .matches("application/(problem\\+)?json.*");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(attempt.getKey())
                    .hasValue("nosniff");
        }
        // Markup in a message is data: classified like any text, echoed nowhere as markup.
        HttpResponse<String> markup =
                json(TEXT_CASE, "{\"text\":\"<img src=x onerror=alert(1)> claim your FREE prize now\"}", "en");
        report.add("message with markup      -> " + markup.statusCode());
        assertThat(markup.statusCode()).isEqualTo(200);
        assertThat(markup.body()).doesNotContain("<img");
        // A body far beyond any demo input is refused before it is read.
        HttpResponse<String> huge = json(TEXT_CASE, "{\"text\":\"" + "a".repeat(3_000_000) + "\"}", "en");
        report.add("3 MB JSON body           -> " + huge.statusCode());
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("too large");
        HttpResponse<String> hugeUpload = upload("x.png", "image/png", new byte[7_000_000], "zh-CN");
        report.add("7 MB upload              -> " + hugeUpload.statusCode() + " " + abbreviate(hugeUpload.body()));
        assertThat(hugeUpload.statusCode()).isEqualTo(413);
        assertThat(hugeUpload.body()).contains("上传文件过大");
        System.out.println("hostile series and messages:\n  " + String.join("\n  ", report));
    }

    @Test
    void pathTraversalInUrlParametersServesNoFile() throws Exception {
        List<String> paths = List.of(
                "/api/cases/..%2F..%2F..%2Fetc%2Fpasswd",
                "/api/cases/%2e%2e%2f%2e%2e%2fapplication.properties",
                "/api/cases/" + IMAGE_CASE + "/samples/..%2F..%2F..%2Fpom.xml/run",
                "/api/cases/" + IMAGE_CASE + "/samples/%2e%2e%2f%2e%2e%2fMETA-INF%2FMANIFEST.MF/run",
                "/v2/models/..%2F..%2Fetc%2Fpasswd",
                "/v2/models/..%2F..%2Fetc%2Fpasswd/ready",
                "/cases/..%2F..%2F..%2Fetc%2Fpasswd",
                "/industries/..%2F..%2Fapplication.properties",
                "/compare?cases=../../etc/passwd," + IMAGE_CASE,
                "/styles/..%2F..%2Fapplication.properties",
                "/styles/../application.properties",
                "/webjars/..%2F..%2Fapplication.properties",
                "/VAADIN/..%2F..%2Fapplication.properties",
                "/..%2F..%2Fetc%2Fpasswd",
                "/cases?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        for (String path : paths) {
            boolean post = path.endsWith("/run");
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
            HttpResponse<String> response = http.send(
                    post ? request.POST(HttpRequest.BodyPublishers.noBody()).build() : request.build(),
                    HttpResponse.BodyHandlers.ofString());
            report.add("%-70s -> %d".formatted(path, response.statusCode()));
            assertThat(response.statusCode()).as(path).isLessThan(500);
            assertThat(response.body())
                    .as(path)
                    .doesNotContain("root:x:0:0")
                    .doesNotContain("spring.datasource")
                    .doesNotContain("Manifest-Version")
                    .doesNotContain("<modelVersion>")
                    .doesNotContain("<script>alert(1)</script>");
        }
        System.out.println("path traversal:\n  " + String.join("\n  ", report));
    }

    private static List<Path> filesContaining(String marker) throws IOException {
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(DATA)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        try {
                            byte[] content = Files.readAllBytes(file);
                            return indexOf(content, needle) >= 0;
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "..." : body;
    }
}
