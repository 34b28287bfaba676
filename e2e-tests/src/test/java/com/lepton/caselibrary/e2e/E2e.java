package com.lepton.caselibrary.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.nio.file.Path;

/** Small helpers every journey uses. */
public final class E2e {

    /**
     * True once the Vaadin Flow client exists and none of its clients has a server round trip in flight. Checked
     * against flow-client 25.2.5: FlowBootstrap.js registers {@code Vaadin.Flow.clients[appId]} with
     * {@code isActive()} (true while initializing) and Flow.js registers {@code clients.TypeScript} whose
     * {@code isActive()} is true while a server navigation is in progress; both are what TestBench waits on.
     */
    public static final String VAADIN_IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                  && Object.keys(window.Vaadin.Flow.clients).length > 0
                  && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())
            """;

    private static final double VAADIN_TIMEOUT_MS = 30_000;

    private E2e() {}

    /** Picks the option with this text in the Vaadin select {@code #selectId} and waits for the round trip. */
    public static void chooseOption(Page page, String selectId, String option) {
        page.locator("#" + selectId).click();
        page.locator("vaadin-select-item[role=option]")
                .filter(new Locator.FilterOptions().setHasText(option))
                .first()
                .click();
        waitForVaadin(page);
    }

    /**
     * Waits for the page's load event, then until Vaadin has no request in flight. A click that starts a round
     * trip may not have sent it yet when this is called: keep using Playwright's retrying assertions
     * ({@code assertThat(locator).isVisible()}, {@code hasURL}, {@code hasAttribute}) for what the round trip
     * changes.
     */
    public static void waitForVaadin(Page page) {
        waitForVaadin(page, VAADIN_TIMEOUT_MS);
    }

    public static void waitForVaadin(Page page, double timeoutMs) {
        page.waitForLoadState(LoadState.LOAD);
        page.waitForFunction(
                VAADIN_IDLE,
                null,
                new Page.WaitForFunctionOptions().setTimeout(timeoutMs).setPollingInterval(100));
    }

    /**
     * A full-page PNG at {@code target/e2e/screenshots/<name>.png}; returns its path. Animations are finished first
     * and Vaadin's transient loading bar (vaadin-connection-indicator) is left out, so pictures are stable.
     */
    public static Path screenshot(Page page, String name) {
        Path file = E2eSettings.outputDir().resolve("screenshots").resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(file)
                .setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED)
                .setStyle("vaadin-connection-indicator { display: none !important; }"));
        return file;
    }

    /** What the visitor sees in the window, at {@code target/e2e/screenshots/<name>.png}; for the README. */
    public static Path viewportScreenshot(Page page, String name) {
        Path file = E2eSettings.outputDir().resolve("screenshots").resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(file)
                .setAnimations(ScreenshotAnimations.DISABLED)
                .setStyle("vaadin-connection-indicator { display: none !important; }"));
        return file;
    }
}
