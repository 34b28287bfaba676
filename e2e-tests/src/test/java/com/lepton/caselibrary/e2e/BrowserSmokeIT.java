package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Checks the browser half of the harness without the portal: Playwright drives Debian's Chromium against a tiny
 * page served here, the locale reaches the server, full-page screenshots are written, the Vaadin wait really
 * waits, and a failing test leaves its trace behind while a passing one does not.
 */
@ExtendWith(BrowserExtension.class)
class BrowserSmokeIT {

    /** A page with a fake Vaadin client that stays busy for 1.5 s after load, a button, and CJK text. */
    private static final String PAGE = """
            <!doctype html>
            <html><head><meta charset="utf-8"><title>smoke</title>
            <style>body{font-family:sans-serif;margin:2rem} .tall{height:1400px;background:linear-gradient(#fff,#9cf)}</style>
            <script>
              let busy = true;
              window.Vaadin = {Flow: {clients: {app: {isActive: () => busy}}}};
              window.addEventListener('load', () => setTimeout(() => {
                busy = false;
                document.body.dataset.state = 'idle';
              }, 1500));
            </script></head>
            <body data-state="busy">
              <h1 id="title">Lepton 案例库 smoke page</h1>
              <p id="lang"></p>
              <button id="go" onclick="setTimeout(() => document.getElementById('out').textContent = 'clicked: 98.7 %', 200)">Go</button>
              <p id="out"></p>
              <div class="tall"></div>
              <script>document.getElementById('lang').textContent = navigator.language;</script>
            </body></html>
            """;

    private static HttpServer server;
    private static final AtomicReference<String> lastAcceptLanguage = new AtomicReference<>();

    @BeforeAll
    static void serveThePage() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream ignored = exchange.getRequestBody()) {
                lastAcceptLanguage.set(exchange.getRequestHeaders().getFirst("Accept-Language"));
                boolean known = exchange.getRequestURI().getPath().equals("/");
                byte[] body = (known ? PAGE : "not here").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(known ? 200 : 404, body.length);
                exchange.getResponseBody().write(body);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterAll
    static void stopThePage() {
        server.stop(0);
    }

    private static String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Test
    void drivesDebiansChromiumAndTakesScreenshots(Page page) throws IOException {
        page.navigate(url());
        waitForVaadin(page);
        // read directly, no auto-wait: waitForVaadin must have waited for the fake client to go idle
        assertThat(page.locator("body").getAttribute("data-state")).isEqualTo("idle");
        assertThat(page.locator("#lang")).hasText("en-US");
        assertThat(lastAcceptLanguage.get()).startsWith("en-US");

        page.locator("#go").click();
        assertThat(page.locator("#out")).hasText("clicked: 98.7 %");
        assertThat(page.viewportSize().width).isEqualTo(BrowserSession.VIEWPORT_WIDTH);

        Path png = screenshot(page, "smoke-en");
        assertPng(png, BrowserSession.VIEWPORT_WIDTH, BrowserSession.VIEWPORT_HEIGHT + 1);
        String version = page.context().browser().version();
        System.out.println("[e2e] smoke: Chromium " + version + ", screenshot " + png);
    }

    @Test
    @BrowserLocale("zh-CN")
    void sendsTheTestsLocale(Page page) throws IOException {
        page.navigate(url());
        assertThat(page.locator("#lang")).hasText("zh-CN");
        assertThat(lastAcceptLanguage.get()).startsWith("zh-CN");
        assertThat(page.locator("#title")).containsText("案例库");
        assertPng(screenshot(page, "smoke-zh"), BrowserSession.VIEWPORT_WIDTH, BrowserSession.VIEWPORT_HEIGHT + 1);
    }

    @Test
    void keepsTheTraceOfAFailingTestOnly() {
        Path traces = E2eSettings.outputDir().resolve("traces");
        Path failedTrace = traces.resolve("DeliberatelyFailing.fails.zip");
        Path passedTrace = traces.resolve("DeliberatelyFailing.passes.zip");
        Path failurePicture = E2eSettings.outputDir().resolve("failures").resolve("DeliberatelyFailing.fails.png");
        deleteQuietly(failedTrace, passedTrace, failurePicture);

        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(DeliberatelyFailing.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));

        assertThat(failedTrace).isRegularFile();
        assertThat(failedTrace.toFile().length()).isGreaterThan(1_000);
        assertThat(failurePicture).isRegularFile();
        assertThat(passedTrace).doesNotExist();
        deleteQuietly(failedTrace, failurePicture);
    }

    /** Run only through {@link EngineTestKit} above (failsafe skips nested classes, and it is not @Nested). */
    @ExtendWith(BrowserExtension.class)
    static class DeliberatelyFailing {
        @Test
        void passes(Page page) {
            page.setContent("<p id='x'>hello</p>");
            assertThat(page.locator("#x")).hasText("hello");
        }

        @Test
        void fails(Page page) {
            page.setContent("<p id='x'>hello</p>");
            assertThat(page.locator("#x").textContent())
                    .as("deliberate failure")
                    .isEqualTo("goodbye");
        }
    }

    private static void assertPng(Path png, int expectedWidth, int minHeight) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        int width = ByteBuffer.wrap(bytes, 16, 4).getInt();
        int height = ByteBuffer.wrap(bytes, 20, 4).getInt();
        assertThat(width).isEqualTo(expectedWidth);
        assertThat(height).as("full page, taller than the viewport").isGreaterThanOrEqualTo(minHeight);
    }

    private static void deleteQuietly(Path... files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
