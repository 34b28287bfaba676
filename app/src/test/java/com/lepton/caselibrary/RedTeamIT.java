package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.account.AccountService;
import com.lepton.caselibrary.account.Role;
import com.lepton.caselibrary.account.SignInThrottle;
import com.lepton.caselibrary.demo.DemoRunRepository;
import com.lepton.caselibrary.demo.DemoRunRetention;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.demo.RunHistory;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The red-team findings of issue 20, each replayed over HTTP against the whole portal, as clients on
 * different loopback addresses (127.0.0.2, .3, ...; {@link RawHttp} binds its socket to each). The
 * portal trusts forwarded headers from one configured proxy address only, 127.0.0.9, and runs with
 * the default demo quota (60 runs a minute for a client without a session).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RedTeamIT {

    private static final String CASE = "manufacturing-sorting";
    private static final String ADMIN_PASSWORD = "red-team-admin-password-1";
    private static final String SCRAPER_PASSWORD = "red-team-scraper-password-1";
    private static final String PROXY = "127.0.0.9";
    private static final String PORTAL_TOKEN = "red-team-portal-token-1";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("lepton-redteam");
        registry.add("lepton.data-directory", data::toString);
        registry.add("lepton.security.admin.password", () -> ADMIN_PASSWORD);
        registry.add("lepton.security.metrics.password", () -> SCRAPER_PASSWORD);
        registry.add("server.forward-headers-strategy", () -> "native");
        registry.add("server.tomcat.remoteip.internal-proxies", () -> "127\\.0\\.0\\.9");
        registry.add("lepton.serving.client-token", () -> PORTAL_TOKEN);
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    DemoRunRepository runs;

    /** Runs are written in the background: a test flushes before it counts them. */
    @Autowired
    RunHistory history;

    @Autowired
    DemoRunRetention retention;

    @Autowired
    DemoService demos;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private String inputName;

    private RawHttp from(String address) {
        return new RawHttp(address, port);
    }

    @BeforeEach
    void readTheSignature() throws IOException {
        JsonNode metadata =
                json.readTree(from("127.0.0.1").get("/v2/models/" + CASE).body());
        inputName = metadata.get("inputs").get(0).get("name").asString();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private RawHttp.Response signIn(RawHttp client, String user, String password) throws IOException {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.post("/login", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
    }

    /** A valid request for the sneaker model: {@code batch} blank 28 x 28 images. */
    private byte[] images(int batch) {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < batch * 784; i++) {
            data.append(i == 0 ? "0" : ",0");
        }
        return ("{\"inputs\":[{\"name\":\"" + inputName + "\",\"shape\":[" + batch
                        + ",28,28,1],\"datatype\":\"FP32\",\"data\":[" + data + "]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private RawHttp.Response infer(RawHttp client, byte[] body) throws IOException {
        return client.post("/v2/models/" + CASE + "/infer", "application/json", body);
    }

    /** Finding 1: five wrong passwords from one address lock nobody out elsewhere. */
    @Test
    void wrongPasswordsFromOneAddressDoNotStopTheRightPasswordFromAnother() throws Exception {
        RawHttp attacker = from("127.0.0.2");
        RawHttp admin = from("127.0.0.1");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(attacker, "admin", "guess-" + attempt).header("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
            assertThat(attacker.get("/actuator/prometheus", "Authorization", basic("admin", "guess-" + attempt))
                            .status())
                    .isEqualTo(401);
        }
        // The attacker's address now waits, even with the right password ...
        assertThat(signIn(attacker, "admin", ADMIN_PASSWORD).header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(throttle.waitFor("admin", "127.0.0.2")).isPresent();
        // ... while the administrator signs in from elsewhere, on the form and on HTTP Basic.
        assertThat(signIn(admin, "admin", ADMIN_PASSWORD).header("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(admin.get("/actuator/prometheus", "Authorization", basic("admin", ADMIN_PASSWORD))
                        .status())
                .isEqualTo(200);
        // The scraper has its own credential, for metrics only, and the attack did not touch it.
        RawHttp scraper = from("127.0.0.3");
        RawHttp.Response scrape =
                scraper.get("/actuator/prometheus", "Authorization", basic("metrics", SCRAPER_PASSWORD));
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("lepton_demo_quota_refused");
        assertThat(scraper.get("/actuator/health/plugins", "Authorization", basic("metrics", SCRAPER_PASSWORD))
                        .body())
                .doesNotContain(CASE);
        assertThat(scraper.get("/actuator/health", "Authorization", basic("metrics", SCRAPER_PASSWORD))
                        .body())
                .doesNotContain("inferencePool");
        // The operations page's list of slowed-down sign-ins names the account and the address.
        assertThat(throttle.recentlySlowed(20))
                .anySatisfy(slowed ->
                        assertThat(slowed.username() + "@" + slowed.address()).isEqualTo("admin@127.0.0.2"));
        // An administrator (or the unlock-account command) clears it.
        accounts.unlock(accounts.find("admin").orElseThrow().getId());
        assertThat(throttle.waitFor("admin", "127.0.0.2")).isEmpty();
    }

    /** Finding 2: /v2 spends the same quota as the demo API; each example of a batch is one run. */
    @Test
    void twoHundredV2RequestsFromOneAddressMeet429() throws Exception {
        RawHttp client = from("127.0.0.4");
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        String retryAfter = null;
        for (int i = 0; i < 200; i++) {
            RawHttp.Response response = infer(client, images(1));
            statuses.merge(response.status(), 1, Integer::sum);
            if (response.status() == 429) {
                retryAfter = response.header("Retry-After").orElse(null);
            }
        }
        System.out.println("200 /v2 requests from 127.0.0.4: " + statuses);
        assertThat(statuses.get(429)).isNotNull().isGreaterThanOrEqualTo(100);
        assertThat(statuses.getOrDefault(200, 0)).isBetween(1, 100);
        assertThat(Integer.parseInt(retryAfter)).isPositive();

        // Another portal using this one as its pool sends the client token: it meters its own visitors.
        RawHttp portal = from("127.0.0.13");
        for (int i = 0; i < 70; i++) {
            assertThat(portal.post(
                                    "/v2/models/" + CASE + "/infer",
                                    "application/json",
                                    images(1),
                                    "Authorization",
                                    "Bearer " + PORTAL_TOKEN)
                            .status())
                    .as("trusted portal request " + i)
                    .isEqualTo(200);
        }
        int refusedWithAWrongToken = 0;
        for (int i = 0; i < 70; i++) {
            refusedWithAWrongToken += portal.post(
                                            "/v2/models/" + CASE + "/infer",
                                            "application/json",
                                            images(1),
                                            "Authorization",
                                            "Bearer wrong")
                                    .status()
                            == 429
                    ? 1
                    : 0;
        }
        assertThat(refusedWithAWrongToken)
                .as("a wrong token is metered like a visitor")
                .isGreaterThanOrEqualTo(5);

        RawHttp batches = from("127.0.0.5");
        assertThat(infer(batches, images(32)).status()).isEqualTo(200);
        assertThat(infer(batches, images(32)).status())
                .as("32 more runs than the 28 left")
                .isEqualTo(429);
    }

    /** Finding 2: a gigabyte declared in a large body is refused before it is read, and never held. */
    @Test
    void aDeclaredGigabyteShapeInALargeBodyIsRefusedQuickly() throws Exception {
        RawHttp client = from("127.0.0.6");
        byte[] flood = new byte[8 * 1024 * 1024];
        byte[] head = ("{\"inputs\":[{\"name\":\"" + inputName
                        + "\",\"shape\":[268435456,1],\"datatype\":\"FP32\",\"data\":[")
                .getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, flood, 0, head.length);
        for (int i = head.length; i < flood.length - 3; i += 2) {
            flood[i] = '0';
            flood[i + 1] = ',';
        }
        flood[flood.length - 3] = '0';
        flood[flood.length - 2] = ']';
        flood[flood.length - 1] = '}';
        long start = System.nanoTime();
        RawHttp.Response large = infer(client, flood);
        System.out.printf(
                "8 MB body declaring a gigabyte: %d in %d ms%n",
                large.status(), (System.nanoTime() - start) / 1_000_000);
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.body()).contains("larger than");

        // Under the byte limit, the declared shape alone is refused, before any value is read.
        byte[] small = ("{\"inputs\":[{\"name\":\"" + inputName
                        + "\",\"shape\":[268435456,1],\"datatype\":\"FP32\",\"data\":[0,0,0]}]}")
                .getBytes(StandardCharsets.US_ASCII);
        RawHttp.Response declared = infer(client, small);
        assertThat(declared.status()).isEqualTo(400);
        assertThat(declared.body()).contains("declares more values than the model takes");
    }

    /** Finding 3: every malformed body is a 400 with a message and one log line, never a 500. */
    @Test
    void everyMalformedV2BodyGets400WithOneLogLine(CapturedOutput output) throws Exception {
        String name = inputName;
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put(
                "overflowing shape",
                "{\"inputs\":[{\"name\":\"" + name
                        + "\",\"shape\":[9223372036854775807,9223372036854775807],\"datatype\":\"FP32\",\"data\":[0]}]}");
        bodies.put(
                "shape past long",
                "{\"inputs\":[{\"name\":\"" + name
                        + "\",\"shape\":[99999999999999999999999,1],\"datatype\":\"FP32\",\"data\":[0]}]}");
        bodies.put(
                "negative shape",
                "{\"inputs\":[{\"name\":\"" + name + "\",\"shape\":[-1,28,28,1],\"datatype\":\"FP32\",\"data\":[0]}]}");
        bodies.put("null input", "{\"inputs\":[null]}");
        bodies.put("empty inputs", "{\"inputs\":[]}");
        bodies.put("no inputs", "{\"id\":\"x\"}");
        bodies.put(
                "empty output", new String(images(1), StandardCharsets.UTF_8).replace("]}]}", "]}],\"outputs\":[{}]}"));
        bodies.put(
                "null output",
                new String(images(1), StandardCharsets.UTF_8).replace("]}]}", "]}],\"outputs\":[null]}"));
        bodies.put(
                "unknown output",
                new String(images(1), StandardCharsets.UTF_8)
                        .replace("]}]}", "]}],\"outputs\":[{\"name\":\"nope\"}]}"));
        bodies.put("unknown input", new String(images(1), StandardCharsets.UTF_8).replace(name, "nope"));
        bodies.put("1e400", new String(images(1), StandardCharsets.UTF_8).replace("[0,", "[1e400,"));
        bodies.put("-1e400", new String(images(1), StandardCharsets.UTF_8).replace("[0,", "[-1e400,"));
        bodies.put("NaN", new String(images(1), StandardCharsets.UTF_8).replace("[0,", "[NaN,"));
        bodies.put("a string value", new String(images(1), StandardCharsets.UTF_8).replace("[0,", "[\"0\","));
        bodies.put("a null value", new String(images(1), StandardCharsets.UTF_8).replace("[0,", "[null,"));
        bodies.put("one value short", new String(images(1), StandardCharsets.UTF_8).replace("[0,", "["));
        bodies.put("one value too many", new String(images(1), StandardCharsets.UTF_8).replace("[0,", "[0,0,"));
        bodies.put("unsupported datatype", new String(images(1), StandardCharsets.UTF_8).replace("FP32", "BYTES"));
        bodies.put("batch of 33", new String(images(33), StandardCharsets.UTF_8));
        bodies.put("input twice", "{\"inputs\":[" + inputJson(name) + "," + inputJson(name) + "]}");
        bodies.put("not JSON", "inputs=1");
        bodies.put("an array", "[1,2,3]");
        bodies.put(
                "nested 1000 deep",
                "{\"inputs\":[{\"name\":\"" + name + "\",\"shape\":[1,28,28,1],\"datatype\":\"FP32\",\"data\":"
                        + "[".repeat(1000) + "]".repeat(1000) + "}]}");
        bodies.put("truncated", "{\"inputs\":[{\"name\":\"" + name + "\",\"shape\":[1,28");
        bodies.put(
                "data before shape",
                "{\"inputs\":[{\"name\":\"" + name + "\",\"data\":[0],\"shape\":[1],\"datatype\":\"FP32\"}]}");
        RawHttp client = from("127.0.0.7");
        List<String> report = new ArrayList<>();
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            RawHttp.Response response = infer(client, body.getValue().getBytes(StandardCharsets.UTF_8));
            report.add("%-22s -> %d %s".formatted(body.getKey(), response.status(), response.body()));
            assertThat(response.status()).as(body.getKey()).isEqualTo(400);
            assertThat(response.body())
                    .as(body.getKey())
                    .startsWith("{\"error\":\"")
                    .doesNotContain("Exception");
        }
        System.out.println("malformed /v2 bodies:\n  " + String.join("\n  ", report));
        long logLines = output.getAll()
                .lines()
                .filter(line -> line.contains("/v2 request for " + CASE + " refused (400)"))
                .count();
        assertThat(logLines).isEqualTo(bodies.size());
        assertThat(output.getAll())
                .doesNotContain("ArithmeticException")
                .doesNotContain("at com.lepton.caselibrary.serving");
    }

    private static String inputJson(String name) {
        return "{\"name\":\"" + name + "\",\"shape\":[1,1],\"datatype\":\"FP32\",\"data\":[0]}";
    }

    /** Finding 4: X-Forwarded-For is believed from the configured proxy only. */
    @Test
    void forgedForwardedForFromAnAddressThatIsNotAProxyChangesNothing() throws Exception {
        String sample = "/api/cases/" + CASE + "/samples/" + sampleId() + "/run";
        history.flush();
        long recordedBefore = runs.count();
        RawHttp intruder = from("127.0.0.8");
        long start = System.nanoTime();
        int answered = 0;
        int refused = 0;
        for (int i = 0; i < 80; i++) {
            RawHttp.Response response =
                    intruder.post(sample, "application/json", new byte[0], "X-Forwarded-For", "10.1." + i + ".7");
            answered += response.status() == 200 ? 1 : 0;
            refused += response.status() == 429 ? 1 : 0;
        }
        System.out.printf(
                "80 runs from 127.0.0.8 with rotating X-Forwarded-For: %d answered, %d refused%n", answered, refused);
        // One client's allowance: 60, plus the one run a second that the bucket gives back meanwhile.
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(answered).isLessThanOrEqualTo(60 + (int) seconds + 1);
        assertThat(refused).isEqualTo(80 - answered).isGreaterThanOrEqualTo(80 - 61 - (int) seconds);
        // Finding 5: quota refusals add no run rows (a metric counts them instead).
        history.flush();
        assertThat(runs.count() - recordedBefore).isEqualTo(answered);

        // The configured proxy's forwarded addresses are believed: each is its own visitor.
        RawHttp proxy = from(PROXY);
        for (int i = 0; i < 80; i++) {
            RawHttp.Response response =
                    proxy.post(sample, "application/json", new byte[0], "X-Forwarded-For", "10.2." + i + ".7");
            assertThat(response.status()).as("forwarded visitor " + i).isEqualTo(200);
        }
    }

    private String sampleId() throws IOException {
        JsonNode entry =
                json.readTree(from("127.0.0.1").get("/api/cases/" + CASE).body());
        return entry.get("samples").get(0).asString();
    }

    /** Finding 4: a forged Host reaches no page, document or redirect. */
    @Test
    void aForgedHostNeverAppearsInAPageOrDocument() throws Exception {
        RawHttp client = from("127.0.0.10");
        String evil = "evil.example.invalid";
        for (String path : List.of("/v3/api-docs", "/", "/cases/" + CASE, "/login", "/api/cases/" + CASE, "/v2")) {
            for (String header : List.of("Host", "X-Forwarded-Host")) {
                RawHttp.Response response = client.get(path, header, evil);
                assertThat(response.body()).as(header + " " + path).doesNotContain(evil);
                assertThat(response.headers().toString())
                        .as(header + " " + path)
                        .doesNotContain(evil);
            }
        }
        RawHttp.Response redirect = client.get("/admin/operations", "Host", evil);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location"))
                .hasValueSatisfying(
                        location -> assertThat(location).doesNotContain(evil).endsWith("/login"));
        RawHttp.Response signedIn = signIn(client, "nobody-" + System.nanoTime(), "x");
        assertThat(signedIn.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain(evil));
        String servers = json.readTree(client.get("/v3/api-docs", "Host", evil).body())
                .get("servers")
                .toString();
        assertThat(servers).contains("127.0.0.1:" + port).doesNotContain(evil);
    }

    /** Finding 5: no session for stateless or unknown requests; SameSite on the one browsers get. */
    @Test
    void statelessAndUnknownRequestsGetNoSessionAndTheSessionCookieIsSameSite() throws Exception {
        RawHttp client = from("127.0.0.11");
        for (String path :
                List.of("/api/cases", "/v2", "/v2/models/" + CASE, "/v3/api-docs", "/no/such/page", "/nothing-here")) {
            RawHttp.Response response = client.get(path);
            assertThat(response.all("Set-Cookie")).as(path).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
            assertThat(response.status()).as(path).isLessThan(500);
        }
        RawHttp.Response page = client.get("/");
        assertThat(page.all("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID")
                        .contains("SameSite=Lax")
                        .contains("HttpOnly"));
        assertThat(accounts.list())
                .anySatisfy(account -> assertThat(account.getRole()).isEqualTo(Role.ADMIN));
    }

    /** Finding 5: Tomcat's own error pages carry the security headers too. */
    @Test
    void tomcatsOwnErrorPagesCarryTheSecurityHeaders() throws Exception {
        RawHttp client = from("127.0.0.12");
        for (String line : List.of("GET /%zz HTTP/1.1", "GET /cases?q=<script> HTTP/1.1")) {
            RawHttp.Response response = client.raw(line + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(response.status()).as(line).isEqualTo(400);
            assertThat(response.header("X-Content-Type-Options")).as(line).hasValue("nosniff");
            assertThat(response.header("Content-Security-Policy")).as(line).isPresent();
            assertThat(response.body()).as(line).doesNotContain("Apache Tomcat").doesNotContain("<script>");
        }
    }

    /** Finding 5: old run rows are folded into daily totals; the counts a case page shows survive. */
    @Test
    void oldRunsAreFoldedIntoDailyTotalsAndTheSuccessCountSurvives() {
        String caseId = "retention-" + System.nanoTime();
        Instant old = Instant.now().minus(Duration.ofDays(400));
        for (String outcome : List.of("SUCCESS", "SUCCESS", "SUCCESS", "FAILED")) {
            insertRun(caseId, outcome, old);
        }
        insertRun(caseId, "SUCCESS", Instant.now());
        assertThat(demos.stats(caseId).runs()).isEqualTo(4);

        int folded = retention.foldOlderThan(Instant.now().minus(Duration.ofDays(90)));

        assertThat(folded).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("select count(*) from demo_run where case_id = ?")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select sum(runs) from demo_run_daily where case_id = ?")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        assertThat(demos.stats(caseId).runs()).isEqualTo(4);
    }

    private void insertRun(String caseId, String outcome, Instant at) {
        jdbc.sql("insert into demo_run (case_id, model_version, input_kind, queue_ms, compute_ms, outcome, created_at)"
                        + " values (?, '1.0.0', 'IMAGE', 0, 1, ?, ?)")
                .params(caseId, outcome, Timestamp.from(at))
                .update();
    }
}
