package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.viewportScreenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A visitor's own input is kept only when they tick "let Lepton keep this input" and the run
 * succeeds: an unticked run and a refused input leave nothing; the administrator sees the kept one
 * by case, downloads it byte for byte and deletes it. Also the forecast's uncertainty band, in Chinese.
 */
@PortalJourney
class KeptInputJourneyIT {

    private static final String CASE = "technology-co2-monitoring";

    private static String sample(String name) throws IOException {
        return Files.readString(
                Path.of("..", "plugins", CASE, "src", "main", "resources", "samples", name), StandardCharsets.UTF_8);
    }

    private static void run(Page page, String series) {
        page.locator("#demo-input textarea").fill(series);
        page.locator("#demo-run").click();
    }

    @Test
    @DisplayName(
            "en: a pasted series is kept only with consent, never when refused; the administrator downloads and deletes it")
    void keepsAnInputOnlyWithConsent(PortalProcess portal, Page page) throws IOException {
        String unticked = sample("autumn-low-2015.csv");
        String kept = sample("year-end-2019.csv");
        page.navigate(portal.url("/cases/" + CASE));
        waitForVaadin(page);
        Locator keep = page.locator("#demo-keep");
        assertThat(keep).containsText("Let Lepton keep this input to improve the case");
        assertThat(keep).not().hasAttribute("checked", "");

        run(page, unticked);
        assertThat(page.locator("#demo-result .forecast-chart polygon.forecast-band"))
                .hasCount(1);
        assertThat(page.locator("#forecast-band-note")).containsText("90 % of held-out errors fell within this band");

        keep.locator("input").check();
        run(page, "398.1, 399.4, NaN, 1e999");
        assertThat(page.locator("#demo-error")).isVisible();
        run(page, kept);
        assertThat(page.locator("#demo-result .forecast-chart svg")).isVisible();
        page.locator("#demo").scrollIntoViewIfNeeded();
        viewportScreenshot(page, "demo-keep-consent-en");

        try (BrowserContext adminContext = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setLocale("en-US")
                        .setViewportSize(BrowserSession.VIEWPORT_WIDTH, BrowserSession.VIEWPORT_HEIGHT)
                        .setAcceptDownloads(true))) {
            Page admin = adminContext.newPage();
            AuthorizationMatrixIT.signIn(admin, portal, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
            admin.navigate(portal.url("/admin/operations"));
            waitForVaadin(admin);
            admin.locator("#operations-kept-inputs").click();
            assertThat(admin).hasURL(Pattern.compile(".*/admin/kept-inputs$"));
            waitForVaadin(admin);
            // Only the ticked, successful run: not the unticked one, not the refused one.
            Locator downloads = admin.locator("#kept-inputs a[id^=kept-download-]");
            assertThat(downloads).hasCount(1);
            assertThat(admin.locator("#kept-status")).hasText("1 kept input, from one case.");
            assertThat(admin.locator("#kept-inputs")).containsText(CASE);
            assertThat(admin.locator("#kept-inputs .kept-preview"))
                    .containsText(kept.strip().split("\\R")[0]);
            screenshot(admin, "kept-inputs-en");

            Download file = admin.waitForDownload(() -> downloads.first().click());
            assertThat(file.suggestedFilename()).matches(CASE + "-\\d+\\.csv");
            // What the visitor's text box held (the browser may drop a final line break).
            assertThat(Files.readString(file.path(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(kept.strip());

            admin.locator("#kept-inputs vaadin-button[id^=kept-delete-]")
                    .first()
                    .click();
            waitForVaadin(admin);
            assertThat(admin.locator("#kept-status")).containsText("deleted");
            assertThat(admin.locator("#kept-status")).containsText("No kept inputs");
            // Gone from the database, not just from the list: a fresh page has nothing to show.
            admin.reload();
            waitForVaadin(admin);
            assertThat(admin.locator("#kept-status")).hasText("No kept inputs, from no case.");
            assertThat(downloads).hasCount(0);
        }
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: the forecast band and the consent box speak Chinese")
    void showsTheBandInChinese(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/finance-market-risk"));
        waitForVaadin(page);
        assertThat(page.locator("#demo-keep")).containsText("允许 Lepton 保留此输入");
        page.locator("#demo #sample-february-2020").click();
        assertThat(page.locator("#demo-result .forecast-chart polygon.forecast-band"))
                .hasCount(1);
        assertThat(page.locator("#demo-result .forecast-chart .legend")).containsText("90% 区间");
        assertThat(page.locator("#forecast-band-note")).containsText("90% 的留出误差落在此区间内");
        page.locator("#demo-result").scrollIntoViewIfNeeded();
        viewportScreenshot(page, "demo-forecast-band-zh");
    }
}
