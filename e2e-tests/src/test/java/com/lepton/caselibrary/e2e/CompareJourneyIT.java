package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A consultant puts cases side by side and adds one; the choice travels in the URL. */
@PortalJourney
class CompareJourneyIT {

    @Test
    @DisplayName("en: compare two cases, then add a third from the picker")
    void comparesCasesSideBySide(PortalProcess portal, Page page) {
        page.navigate(portal.url("/compare?cases=manufacturing-sorting,finance-message-risk"));
        waitForVaadin(page);
        Locator table = page.locator("#compare-table");
        assertThat(table.locator("thead th")).hasCount(2);
        assertThat(table).containsText("93,322");
        assertThat(table).containsText("Fashion-MNIST");
        assertThat(table).containsText("naiveBayes.f1.spam");

        page.locator("#compare-picker vaadin-checkbox", new Page.LocatorOptions().setHasText("Weather-driven")).locator("input").check();
        assertThat(page).hasURL(Pattern.compile(".*compare\\?cases=.*technology-energy-forecast.*"));
        waitForVaadin(page);
        assertThat(page.locator("#compare-table thead th")).hasCount(3);
        assertThat(page.locator("#compare-table")).containsText("persistence.rmse");
        screenshot(page, "compare-en");
    }
}
