package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.viewportScreenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A visitor opens the disease-progression case (seed section 6.3: an LSTM over a PBC patient's
 * visits), runs a held-out patient, asks why (visit by visit), pastes visits of their own and
 * sees a wrong table refused, in English and in Chinese.
 */
@PortalJourney
class DiseaseProgressionJourneyIT {

    private static final String CASE = "healthcare-disease-progression";
    private static final Pattern PERCENTAGE = Pattern.compile("\\d{1,3}([.,]\\d+)?\\s?%");
    private static final LocatorAssertions.HasAttributeOptions FIRST_RUN =
            new LocatorAssertions.HasAttributeOptions().setTimeout(60_000);
    private static final String HEADER =
            "day,age,bili,albumin,alk.phos,ast,platelet,protime,ascites,hepato,spiders,edema";

    private static Locator openCase(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/" + CASE));
        waitForVaadin(page);
        assertThat(page.locator("#case-content")).isVisible();
        assertThat(page.locator("#pipeline .pipeline-step")).hasCount(7);
        assertThat(page.locator("#model-card")).isVisible();
        return page.locator("#demo-result");
    }

    @Test
    @DisplayName(
            "en: a held-out patient who died is flagged, explained visit by visit; own visits run; a wrong table is refused")
    void flagsAPatientExplainsAndChecksOwnVisits(PortalProcess portal, Page page) {
        Locator result = openCase(portal, page);
        assertThat(page.locator("#case-content")).containsText("does not beat its baseline");
        assertThat(page.locator("#case-content")).containsText("Not clinical advice");

        page.locator("#demo #sample-died-1").click();
        assertThat(result).hasAttribute("data-top-class", "death-within-3-years", FIRST_RUN);
        waitForVaadin(page);
        assertThat(result).hasText(PERCENTAGE);
        assertThat(result).containsText("high risk (at or above the operating point of");
        page.locator("#demo-explain").click();
        assertThat(page.locator("#demo-explanation"))
                .containsText(
                        "Each line above is one visit", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#demo-explanation .word-influence span").first())
                .hasText(HEADER);
        result.scrollIntoViewIfNeeded();
        viewportScreenshot(page, "case-healthcare-disease-progression-en");

        assertThat(page.locator("#demo-input")).containsText("visits as CSV");
        page.locator("#demo-input textarea")
                .fill(HEADER + "\n0,50,0.8,3.9,800,70,250,10.2,0,0,0,0\n" + "365,50,0.9,3.8,,75,240,10.3,0,0,0,0");
        page.locator("#demo-run").click();
        assertThat(result).hasAttribute("data-top-class", "alive-at-3-years");
        assertThat(result).containsText("below the operating point");

        page.locator("#demo-input textarea").fill("day,age,bilirubin\n0,50,0.8");
        page.locator("#demo-run").click();
        assertThat(page.locator("#demo-error")).containsText("Wrong columns: expected " + HEADER);
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: a held-out patient alive at three years, in Chinese")
    void showsASurvivorInChinese(PortalProcess portal, Page page) {
        Locator result = openCase(portal, page);
        page.locator("#demo #sample-alive-1").click();
        assertThat(result).hasAttribute("data-top-class", "alive-at-3-years", FIRST_RUN);
        waitForVaadin(page);
        assertThat(result).containsText("3 年后仍存活");
        assertThat(result).containsText("未达工作点");
        result.scrollIntoViewIfNeeded();
        viewportScreenshot(page, "case-healthcare-disease-progression-zh");

        page.locator("#demo-input textarea").fill("0,50,0.8,3.9,800,70,250,10.2,0,0,0");
        page.locator("#demo-run").click();
        assertThat(page.locator("#demo-error")).containsText("第 1 行有 11 列");
    }
}
