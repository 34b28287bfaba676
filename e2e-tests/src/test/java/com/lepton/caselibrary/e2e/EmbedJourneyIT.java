package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The embeddable demo on a partner's site: a page served from another local origin frames
 * {@code /embed/cases/ID} and runs a sample inside the frame (en and zh); a site whose origin is not listed in
 * {@code lepton.embed.frame-ancestors} gets nothing in its frame; the portal's other pages stay unframeable
 * even for the allowed site.
 */
@PortalJourney
class EmbedJourneyIT {

    private static final String CASE = "manufacturing-sorting";

    @Test
    @DisplayName("en: a partner's page frames the demo and runs a sample in it")
    void partnerFramesTheDemoAndRunsASample(PortalProcess portal, Page page) {
        String embed = portal.url("/embed/cases/" + CASE + "?lang=en");
        page.navigate(PartnerSites.framing(true, embed));
        FrameLocator frame = page.frameLocator("#lepton-demo");
        assertThat(frame.locator("#embed-title"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(frame.locator("#embed-title")).containsText("sorting");
        // Only the demo: no portal header, navigation or footer inside the frame.
        assertThat(frame.locator(".app-header, .app-nav, .app-footer")).hasCount(0);
        assertThat(frame.locator("#embed-open")).hasAttribute("target", "_blank");
        frame.locator("#demo #sample-sneaker").click();
        assertThat(frame.locator("#demo-result"))
                .hasAttribute(
                        "data-top-class",
                        Pattern.compile(".+"),
                        new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        assertThat(frame.locator("#demo-result")).containsText("%");
        screenshot(page, "embed-partner-site-en");
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: the framed demo speaks the language the partner asks for")
    void partnerFramesTheDemoInChinese(PortalProcess portal, Page page) {
        String embed = portal.url("/embed/cases/" + CASE + "?lang=zh");
        page.navigate(PartnerSites.framing(true, embed));
        FrameLocator frame = page.frameLocator("#lepton-demo");
        assertThat(frame.locator("#embed-open")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(frame.locator("#embed-open")).hasText("在 Lepton 案例库中打开");
        frame.locator("#demo #sample-sneaker").click();
        assertThat(frame.locator("#demo-result"))
                .hasAttribute(
                        "data-top-class",
                        Pattern.compile(".+"),
                        new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        screenshot(page, "embed-partner-site-zh");
    }

    @Test
    @DisplayName("a site that is not listed gets an empty frame; the header says why")
    void unlistedSiteIsRefused(PortalProcess portal, Page page) {
        String embed = portal.url("/embed/cases/" + CASE);
        APIResponse response = page.request().get(embed);
        assertThat(response.headers().get("content-security-policy"))
                .endsWith("frame-ancestors 'self' " + PartnerSites.allowedOrigin())
                .doesNotContain(PartnerSites.refusedOrigin());
        assertRefused(page, PartnerSites.framing(false, embed), embed);
        screenshot(page, "embed-refused-origin");
    }

    @Test
    @DisplayName("other pages stay unframeable, even for the allowed site")
    void otherPagesAreNotFramed(PortalProcess portal, Page page) {
        for (String path : List.of("/cases/" + CASE, "/", "/solutions")) {
            APIResponse response = page.request().get(portal.url(path));
            assertThat(response.headers().get("content-security-policy"))
                    .as(path)
                    .endsWith("frame-ancestors 'self'");
            assertThat(response.headers().get("x-frame-options")).as(path).isEqualTo("SAMEORIGIN");
        }
        String casePage = portal.url("/cases/" + CASE);
        assertRefused(page, PartnerSites.framing(true, casePage), casePage);
    }

    /** The partner's page loads, but its frame holds no portal page: Chromium blocked the framed document. */
    private static void assertRefused(Page page, String partnerPage, String framed) {
        List<String> console = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> console.add(message.text()));
        page.navigate(partnerPage);
        page.waitForLoadState();
        Frame child = page.frames().stream()
                .filter(frame -> frame != page.mainFrame())
                .findFirst()
                .orElseThrow();
        // Chromium replaces a refused document with its own error page (which has a #main-content of its own).
        assertThat(child.url()).as("frame of " + framed).isNotEqualTo(framed);
        assertThat(child.locator("#demo, #embed-title, .app-header, vaadin-button")
                        .count())
                .isZero();
        page.waitForTimeout(500);
        assertThat(String.join("\n", console)).as("console").contains("frame-ancestors");
    }
}
