package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.viewportScreenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A visitor opens the two cases of the seed's own applications added with plugin-api 1.3.0 (the
 * line anomaly warning of section 4.3, the breast-mass diagnosis of section 6.3), runs a shipped
 * sample and sees the result, in English and in Chinese.
 */
@PortalJourney
class AnomalyAndDiagnosisJourneyIT {

    private static final Pattern PERCENTAGE = Pattern.compile("\\d{1,3}([.,]\\d+)?\\s?%");
    private static final LocatorAssertions.HasAttributeOptions FIRST_RUN =
            new LocatorAssertions.HasAttributeOptions().setTimeout(60_000);
    /** Thirty variants through the pool, on a busy CI machine. */
    private static final LocatorAssertions.HasCountOptions EXPLANATION =
            new LocatorAssertions.HasCountOptions().setTimeout(60_000);

    private static Locator openCase(PortalProcess portal, Page page, String caseId) {
        page.navigate(portal.url("/cases/" + caseId));
        waitForVaadin(page);
        assertThat(page.locator("#case-content")).isVisible();
        assertThat(page.locator("#pipeline .pipeline-step")).hasCount(7);
        assertThat(page.locator("#model-card")).isVisible();
        return page.locator("#demo-result");
    }

    @Test
    @DisplayName("en: line anomaly warning: a bag on the sneaker line is flagged, with its error map")
    void flagsAnAbnormalProductWithItsErrorMap(PortalProcess portal, Page page) {
        Locator result = openCase(portal, page, "manufacturing-line-anomaly");
        assertThat(page.locator("#case-content")).containsText("reconstruction error");

        page.locator("#demo #sample-bag").click();
        assertThat(result).hasAttribute("data-top-class", "anomaly", FIRST_RUN);
        waitForVaadin(page);
        assertThat(result).containsText("Anomaly (warning)");
        assertThat(result).hasText(PERCENTAGE);
        assertThat(page.locator("#demo-heatmap")).isVisible();
        assertThat(page.locator("#demo-heatmap")).hasAttribute("alt", Pattern.compile("Error map"));
        result.scrollIntoViewIfNeeded();
        viewportScreenshot(page, "case-manufacturing-line-anomaly-en");

        page.locator("#demo #sample-sneaker-a").click();
        assertThat(result).hasAttribute("data-top-class", "normal");
        assertThat(page.locator("#demo-heatmap")).isVisible();

        // The REST API returns the same error map with the classification.
        String json = page.request()
                .post(portal.url("/api/cases/manufacturing-line-anomaly/samples/bag/run"))
                .text();
        Assertions.assertThat(json)
                .contains("\"succeeded\":true", "\"key\":\"anomaly\"", "\"heatmap\"", "\"width\":28", "Error map");
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: line anomaly warning in Chinese: a normal sneaker passes")
    void passesANormalProductInChinese(PortalProcess portal, Page page) {
        Locator result = openCase(portal, page, "manufacturing-line-anomaly");
        page.locator("#demo #sample-sneaker-b").click();
        assertThat(result).hasAttribute("data-top-class", "normal", FIRST_RUN);
        waitForVaadin(page);
        assertThat(result).containsText("正常");
        assertThat(page.locator("#demo-heatmap")).hasAttribute("alt", Pattern.compile("误差图"));
        result.scrollIntoViewIfNeeded();
        viewportScreenshot(page, "case-manufacturing-line-anomaly-zh");
    }

    @Test
    @DisplayName("en: breast-mass diagnosis: a shipped test case and why, then a visitor's row of 29 values is refused")
    void diagnosesAShippedCaseAndRefusesAShortRow(PortalProcess portal, Page page) {
        Locator result = openCase(portal, page, "healthcare-breast-cancer-diagnosis");
        assertThat(page.locator("#case-content")).containsText("never sees an image");

        page.locator("#demo #sample-malignant-1").click();
        assertThat(result).hasAttribute("data-top-class", "malignant", FIRST_RUN);
        waitForVaadin(page);
        assertThat(result).hasText(PERCENTAGE);
        result.scrollIntoViewIfNeeded();
        viewportScreenshot(page, "case-healthcare-breast-cancer-diagnosis-en");

        // Why? The ten measurements that weighed most, each set to the data set's median in turn.
        page.locator("#demo-explain").click();
        Locator features = page.locator("#demo-explanation .feature-row");
        assertThat(features).hasCount(10, EXPLANATION);
        assertThat(page.locator("#demo-explanation .feature-for").first()).isVisible();
        assertThat(page.locator("#demo-explanation")).containsText("typical");
        assertThat(page.locator("#demo-explanation")).containsText("worst");
        page.locator("#demo-explanation").scrollIntoViewIfNeeded();
        viewportScreenshot(page, "explain-healthcare-breast-cancer-diagnosis-en");

        page.locator("#demo-input textarea")
                .fill("13.54,14.36,87.46,566.3,0.09779,0.08129,0.06664,0.04781,0.1885,"
                        + "0.05766,0.2699,0.7886,2.058,23.56,0.008462,0.0146,0.02387,0.01315,0.0198,0.0023,15.11,19.26,"
                        + "99.7,711.2,0.144,0.1773,0.239,0.1288,0.2977");
        page.locator("#demo-run").click();
        assertThat(page.locator("#demo-error")).containsText("Exactly 30 measurements are needed");
        page.locator("#demo-input textarea")
                .fill("13.54,14.36,87.46,566.3,0.09779,0.08129,0.06664,0.04781,0.1885,"
                        + "0.05766,0.2699,0.7886,2.058,23.56,0.008462,0.0146,0.02387,0.01315,0.0198,0.0023,15.11,19.26,"
                        + "99.7,711.2,0.144,0.1773,0.239,0.1288,0.2977,0.07259");
        page.locator("#demo-run").click();
        assertThat(result).hasAttribute("data-top-class", "benign");
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: breast-mass diagnosis in Chinese: a benign test case")
    void diagnosesABenignCaseInChinese(PortalProcess portal, Page page) {
        Locator result = openCase(portal, page, "healthcare-breast-cancer-diagnosis");
        page.locator("#demo #sample-benign-1").click();
        assertThat(result).hasAttribute("data-top-class", "benign", FIRST_RUN);
        waitForVaadin(page);
        assertThat(result).containsText("良性");
        result.scrollIntoViewIfNeeded();
        viewportScreenshot(page, "case-healthcare-breast-cancer-diagnosis-zh");

        page.locator("#demo-explain").click();
        assertThat(page.locator("#demo-explanation .feature-row")).hasCount(10, EXPLANATION);
        assertThat(page.locator("#demo-explanation")).containsText("典型值");
        page.locator("#demo-explanation").scrollIntoViewIfNeeded();
        viewportScreenshot(page, "explain-healthcare-breast-cancer-diagnosis-zh");
    }
}
