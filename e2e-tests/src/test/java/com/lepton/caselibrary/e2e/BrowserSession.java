package com.lepton.caselibrary.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Tracing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Playwright driving Debian's Chromium, headless. Playwright downloads no browser here
 * ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}); the flags keep Chromium off the network, which is closed on these
 * machines.
 */
public final class BrowserSession implements AutoCloseable {

    public static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    public static final int VIEWPORT_WIDTH = 1440;
    public static final int VIEWPORT_HEIGHT = 900;
    public static final String DEFAULT_LOCALE = "en-US";

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSession(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static BrowserSession launch() {
        Path chromium = E2eSettings.chromiumPath();
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Chromium not found at " + chromium
                    + " -- apt-get install -y chromium, or point -Dchromium.path / CHROMIUM_PATH at a Chromium binary");
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(chromium)
                            .setHeadless(true)
                            .setArgs(CHROMIUM_ARGS));
            return new BrowserSession(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    public Browser browser() {
        return browser;
    }

    /** A fresh context (cookies, storage, Vaadin session) at 1440x900 in the given locale, with tracing on. */
    public BrowserContext newContext(String locale, String traceTitle) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(VIEWPORT_WIDTH, VIEWPORT_HEIGHT)
                .setLocale(locale));
        context.tracing()
                .start(new Tracing.StartOptions()
                        .setTitle(traceTitle)
                        .setScreenshots(true)
                        // DOM snapshots stop results of a vaadin-upload from reaching the page (seen with
                        // Playwright 1.56 and 1.62 and Vaadin 25.2 push): keep screenshots and network only.
                        .setSnapshots(false));
        return context;
    }

    /** Closes every open context, leaving the browser running for the next test class. */
    public void closeContexts() {
        for (BrowserContext context : List.copyOf(browser.contexts())) {
            context.close();
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
