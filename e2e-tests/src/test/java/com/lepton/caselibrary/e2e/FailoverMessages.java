package com.lepton.caselibrary.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;

/** What a browser session sees when a replica dies: told to reload on the dead one, undisturbed on the others. */
final class FailoverMessages {

    /** The portal's own words (translations*.properties, session.expired.caption), not Vaadin's English default. */
    static final String LOST_SERVER_EN = "This page lost its server";

    static final String LOST_SERVER_ZH = "此页面的服务器已断开";

    private static final double WAIT_MS = 30_000;

    private static final double CLICK_MS = 10_000;

    private FailoverMessages() {}

    /**
     * The visitor clicks a sample on a page whose replica is gone (or finds the page has said so already): the page
     * says, in their language, to reload. Returns how long that took from the click, in milliseconds.
     */
    static long assertToldToReload(PinnedBrowsers.Visitor visitor, String screenshotName) {
        Page page = visitor.page();
        long start = System.nanoTime();
        String words = visitor.speaksChinese() ? LOST_SERVER_ZH : LOST_SERVER_EN;
        Locator told = page.getByText(words);
        // The page's push connection may have told the visitor before the click (on a busy machine the loop reaches
        // later visitors after that); its notice then covers the button, and there is nothing left to click.
        if (!told.isVisible()) {
            try {
                page.locator("#demo #sample-trouser").click(new Locator.ClickOptions().setTimeout(CLICK_MS));
            } catch (PlaywrightException coveredByTheNotice) {
                // The assertion below says whether the visitor was told.
            }
        }
        try {
            assertThat(told).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT_MS));
        } catch (AssertionError e) {
            E2e.screenshot(page, "failover-not-told-visitor-" + visitor.number());
            throw new AssertionError(
                    "visitor " + visitor.number() + " (" + visitor.locale()
                            + ") on the dead replica was not told to reload: " + e.getMessage(),
                    e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (screenshotName != null) {
            E2e.viewportScreenshot(page, screenshotName);
        }
        return millis;
    }

    /** The visitor's page on a live replica still runs a demo, with no word of a lost server. */
    static void assertStillRunsDemos(PinnedBrowsers.Visitor visitor) {
        Page page = visitor.page();
        clickSample(page, "trouser");
        // Under the 64 REST clients' load a run can take longer than the assertion's default 5 s.
        assertThat(page.locator("#demo-result"))
                .hasAttribute(
                        "data-top-class", "trouser", new LocatorAssertions.HasAttributeOptions().setTimeout(WAIT_MS));
        assertThat(page.getByText(LOST_SERVER_EN)).hasCount(0);
        assertThat(page.getByText(LOST_SERVER_ZH)).hasCount(0);
    }

    private static void clickSample(Page page, String sample) {
        Locator button = page.locator("#demo #sample-" + sample);
        button.click(new Locator.ClickOptions().setTimeout(WAIT_MS));
    }
}
