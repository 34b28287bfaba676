package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fast path (README's run command: the extracted jar with its JDK AOT cache, through the launcher) serves the
 * same pages and the same predictions as {@code java -jar} on the fat jar: two fresh portals, one each way, the same
 * pages read in a browser in both languages and every shipped sample of every case run through the REST API.
 */
@ExtendWith(BrowserExtension.class)
class FastStartIT {

    private static final List<String> PAGES = List.of(
            "/", "/cases", "/industries/manufacturing", "/cases/manufacturing-sorting", "/cases/finance-message-risk");
    /** Fields of a run's answer that measure the run rather than say its result. */
    private static final Set<String> MEASUREMENTS = Set.of("queueMs", "computeMs", "totalMs", "latencyMs", "runId");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static PortalProcess plain;
    private static PortalProcess fast;

    @BeforeAll
    static void startBoth() {
        Path jar = E2eSettings.portalJar();
        assertThat(E2eSettings.fastStartLauncher(jar))
                .as("the package step's fast-start layout beside " + jar + " (app/target/lepton/lepton)")
                .isPresent();
        // The test runs every shipped sample on each portal, more than a visitor's 60 runs a minute.
        List<String> quota = List.of("--lepton.demo.runs-per-minute=600");
        // Both at once (own data folders and databases): the two starts overlap instead of adding up.
        CompletableFuture<PortalProcess> startingFast =
                CompletableFuture.supplyAsync(() -> PortalProcess.start("fast-path", 0, quota));
        try {
            plain = PortalProcess.startPlainJar("plain-jar", quota);
        } finally {
            fast = startingFast.join(); // so @AfterAll stops it even when the plain jar did not start
        }
    }

    @AfterAll
    static void stopBoth() {
        if (fast != null) {
            fast.close();
        }
        if (plain != null) {
            plain.close();
        }
    }

    @Test
    void theFastPathRunsOnItsAotCache() throws Exception {
        assertThat(fast.fastStart()).isTrue();
        assertThat(plain.fastStart()).isFalse();
        // The JVM maps the cache file when it can use it; a mismatch (other JDK, other flags) would only warn.
        String maps = Files.readString(Path.of("/proc", String.valueOf(fast.pid()), "maps"));
        assertThat(maps).contains("lepton-case-library.aot");
        assertThat(Files.readString(Path.of("/proc", String.valueOf(plain.pid()), "maps")))
                .doesNotContain("lepton-case-library.aot");
    }

    @Test
    void servesTheSamePagesInBothLanguages(BrowserSession browsers) {
        for (String locale : List.of("en-US", "zh-CN")) {
            // One visitor per portal reads all the pages, so the browser fetches the front-end bundle once each.
            try (BrowserContext onFast = browsers.newContext(locale, "FastStartIT fast " + locale);
                    BrowserContext onPlain = browsers.newContext(locale, "FastStartIT plain " + locale)) {
                Page fastPage = onFast.newPage();
                Page plainPage = onPlain.newPage();
                for (String path : PAGES) {
                    assertThat(text(fastPage, fast, path))
                            .as(locale + " " + path)
                            .isEqualTo(text(plainPage, plain, path))
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void givesTheSamePredictions() throws Exception {
        List<String> runs = sampleRuns(plain);
        assertThat(runs).hasSizeGreaterThanOrEqualTo(7);
        assertThat(sampleRuns(fast)).isEqualTo(runs);
        for (String run : runs) {
            JsonElement fromPlain = result(plain, run);
            JsonElement fromFast = result(fast, run);
            assertThat(fromFast).as(run).isEqualTo(fromPlain);
        }
    }

    private static String text(Page page, PortalProcess portal, String path) {
        page.navigate(portal.url(path));
        waitForVaadin(page);
        // The case page's "Use it from code" snippets name the portal's own address, which differs by port.
        return page.locator("body").innerText().replace(portal.baseUrl(), "http://PORTAL");
    }

    /** The sample-run paths of every case, in the catalog's order. */
    private static List<String> sampleRuns(PortalProcess portal) throws Exception {
        List<String> runs = new ArrayList<>();
        for (JsonElement entry :
                JsonParser.parseString(get(portal, "/api/cases")).getAsJsonArray()) {
            String id = entry.getAsJsonObject().get("id").getAsString();
            JsonObject one =
                    JsonParser.parseString(get(portal, "/api/cases/" + id)).getAsJsonObject();
            if (one.has("samples")) {
                for (JsonElement sample : one.getAsJsonArray("samples")) {
                    runs.add("/api/cases/" + id + "/samples/" + sample.getAsString() + "/run");
                }
            }
        }
        return runs;
    }

    private static JsonElement result(PortalProcess portal, String run) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(portal.url(run)))
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(run + ": " + answer.body()).isEqualTo(200);
        return withoutMeasurements(JsonParser.parseString(answer.body()));
    }

    private static JsonElement withoutMeasurements(JsonElement element) {
        if (element.isJsonObject()) {
            JsonObject copy = new JsonObject();
            for (Map.Entry<String, JsonElement> field :
                    element.getAsJsonObject().entrySet()) {
                if (!MEASUREMENTS.contains(field.getKey())) {
                    copy.add(field.getKey(), withoutMeasurements(field.getValue()));
                }
            }
            return copy;
        }
        if (element.isJsonArray()) {
            var copy = new JsonArray();
            element.getAsJsonArray().forEach(item -> copy.add(withoutMeasurements(item)));
            return copy;
        }
        return element;
    }

    private static String get(PortalProcess portal, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(portal.url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }
}
