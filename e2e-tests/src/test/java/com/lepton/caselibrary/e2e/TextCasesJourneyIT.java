package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The text and series cases of the seed's applications: a visitor opens the case, runs a shipped sample and their
 * own input, and, for the review case, a batch of posts that becomes a risk signal.
 */
@PortalJourney
class TextCasesJourneyIT {

    private static final String REVIEWS = "finance-review-risk";
    private static final LocatorAssertions.HasAttributeOptions FIRST_RUN =
            new LocatorAssertions.HasAttributeOptions().setTimeout(60_000);

    @Test
    @DisplayName("en: review risk: a sample, the visitor's own review, a batch that warns, a batch over its limit")
    void reviewRiskInEnglish(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/" + REVIEWS));
        waitForVaadin(page);
        assertThat(page.locator("#pipeline .pipeline-step")).hasCount(7);
        assertThat(page.locator("#model-card")).isVisible();

        page.locator("#demo #sample-stale-product").click();
        assertThat(page.locator("#demo-result")).hasAttribute("data-top-class", "other", FIRST_RUN);

        page.locator("#demo-input textarea")
                .fill("Delicious, fresh and fast delivery. My kids love it, will buy again!");
        page.locator("#demo-run").click();
        assertThat(page.locator("#demo-result")).hasAttribute("data-top-class", "great");

        page.locator("#batch-demo #batch-sample-batch-souring").click();
        assertThat(page.locator("#batch-result .risk-signal")).hasAttribute("data-warning", "true");
        assertThat(page.locator("#batch-headline")).containsText("Risk warning");
        assertThat(page.locator("#batch-result svg polyline")).not().hasCount(0);
        assertThat(page.locator("#batch-posts li")).hasCount(30);
        page.locator("#batch-demo").scrollIntoViewIfNeeded();
        screenshot(page, "case-finance-review-risk-en");

        page.locator("#batch-input textarea").fill("great taste\n".repeat(201));
        page.locator("#batch-run").click();
        assertThat(page.locator("#batch-error")).containsText("more than the limit of 200");

        page.locator("#batch-input textarea").fill("Love it, great price.\nStale and crushed, never again.\n");
        page.locator("#batch-run").click();
        assertThat(page.locator("#batch-posts li")).hasCount(2);
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: review risk: the calm batch does not warn; the limit is said in Chinese")
    void reviewRiskInChinese(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/" + REVIEWS + "?sample=batch-calm"));
        waitForVaadin(page);
        assertThat(page.locator("#batch-result .risk-signal")).hasAttribute("data-warning", "false", FIRST_RUN);
        assertThat(page.locator("#batch-headline")).containsText("暂无预警");
        page.locator("#demo #sample-delighted-snack").click();
        assertThat(page.locator("#demo-result")).hasAttribute("data-top-class", "great", FIRST_RUN);
        screenshot(page, "case-finance-review-risk-zh");

        page.locator("#demo-input textarea").fill("这个产品太好吃了");
        page.locator("#demo-run").click();
        assertThat(page.locator("#demo-error")).containsText(Pattern.compile("英文"));
        page.locator("#batch-input textarea").fill("x".repeat(2_001));
        page.locator("#batch-run").click();
        assertThat(page.locator("#batch-error")).containsText("2,000");
    }

    @Test
    @DisplayName("en: sensor anomaly: a shipped event window is drawn with flagged readings; a short series is refused")
    void sensorAnomalyInEnglish(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/technology-sensor-anomaly"));
        waitForVaadin(page);
        assertThat(page.locator("#pipeline .pipeline-step")).hasCount(7);
        page.locator("#demo #sample-indoor-event").click();
        assertThat(page.locator("#demo-result")).hasAttribute("data-flagged", Pattern.compile("[1-9]\\d*"), FIRST_RUN);
        assertThat(page.locator("#demo-result circle.anomaly-dot")).not().hasCount(0);
        assertThat(page.locator("#anomaly-headline")).containsText("flagged as anomalous");
        page.locator("#demo-result").scrollIntoViewIfNeeded();
        screenshot(page, "case-technology-sensor-anomaly-en");

        page.locator("#demo-input textarea").fill("27.1\n27.2\n27.3");
        page.locator("#demo-run").click();
        assertThat(page.locator("#demo-error")).containsText("at least 60");
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: sensor anomaly: the quiet half hour, in Chinese")
    void sensorAnomalyInChinese(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/technology-sensor-anomaly?sample=outdoor-event"));
        waitForVaadin(page);
        assertThat(page.locator("#demo-result")).hasAttribute("data-flagged", Pattern.compile("\\d+"), FIRST_RUN);
        assertThat(page.locator("#anomaly-headline")).containsText("读数");
        page.locator("#demo-result").scrollIntoViewIfNeeded();
        screenshot(page, "case-technology-sensor-anomaly-zh");
    }
}
