package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a consultant shows beyond the answer: why the model answered (occlusion heatmap, word
 * influence), the input as the model sees it, and cases side by side.
 */
@PortalJourney
class InsightJourneyIT {

    @Test
    @DisplayName("en: a 7 drawn with the mouse on the canvas is read as 7; an empty canvas gets a message")
    void readsADigitDrawnOnTheCanvas(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/finance-cheque-digits"));
        waitForVaadin(page);
        page.locator("#demo-draw-run").click();
        assertThat(page.locator("#demo-error")).containsText("Draw something");

        Locator canvas = page.locator("#demo-canvas");
        canvas.scrollIntoViewIfNeeded();
        BoundingBox box = canvas.boundingBox();
        double unit = box.width / 10;
        // a "7": the top bar left to right, then the stem down to the lower left
        page.mouse().move(box.x + 2.5 * unit, box.y + 2 * unit);
        page.mouse().down();
        page.mouse().move(box.x + 7.5 * unit, box.y + 2 * unit, new Mouse.MoveOptions().setSteps(12));
        page.mouse().move(box.x + 4 * unit, box.y + 8.5 * unit, new Mouse.MoveOptions().setSteps(16));
        page.mouse().up();
        page.locator("#demo-draw-run").click();
        assertThat(page.locator("#demo-result"))
                .hasAttribute("data-top-class", "7", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        assertThat(page.locator("#demo-model-view")).isVisible();
        page.locator("#demo-result").scrollIntoViewIfNeeded();
        screenshot(page, "demo-draw-digit-en");

        page.locator("#demo-draw-clear").click();
        page.locator("#demo-draw-run").click();
        assertThat(page.locator("#demo-error")).containsText("Draw something");
    }

    @Test
    @DisplayName("en: a coat is classified, shown as the model sees it, and explained by an occlusion heatmap")
    void explainsAnImageClassification(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/manufacturing-sorting"));
        waitForVaadin(page);
        page.locator("#demo #sample-coat").click();
        assertThat(page.locator("#demo-result"))
                .hasAttribute("data-top-class", "coat", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        assertThat(page.locator("#demo-model-view")).isVisible();
        page.locator("#demo-explain").click();
        Locator heatmap = page.locator("#demo-explanation svg.occlusion-map");
        assertThat(heatmap).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(heatmap.locator("rect")).hasCount(49);
        assertThat(heatmap.locator("title")).hasText(Pattern.compile(".*Coat.*"));
        page.locator("#demo-explanation").scrollIntoViewIfNeeded();
        screenshot(page, "demo-explain-image-en");
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: a phishing message is flagged and its words are shaded by how much they argued for it")
    void explainsATextClassification(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/finance-message-risk"));
        waitForVaadin(page);
        page.locator("#demo-input textarea")
                .fill("URGENT! Your bank account is suspended. Verify your password now to claim your refund");
        page.locator("#demo-run").click();
        assertThat(page.locator("#demo-result"))
                .hasAttribute("data-top-class", "spam", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        page.locator("#demo-explain").click();
        Locator words = page.locator("#demo-explanation .word-influence span.word-strong");
        assertThat(words.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator("#demo-explanation")).containsText("垃圾");
        screenshot(page, "demo-explain-text-zh");
    }

    @Test
    @DisplayName("en: compare two cases, then add a third from the picker")
    void comparesCasesSideBySide(PortalProcess portal, Page page) {
        page.navigate(portal.url("/compare?cases=manufacturing-sorting,finance-message-risk"));
        waitForVaadin(page);
        Locator table = page.locator("#compare-table");
        assertThat(table.locator("thead th")).hasCount(2);
        assertThat(table).containsText("93,322");
        assertThat(table).containsText("Fashion-MNIST");
        assertThat(table).containsText("Naive Bayes: F1 · Spam / phishing");

        page.locator("#compare-picker vaadin-checkbox", new Page.LocatorOptions().setHasText("Weather-driven"))
                .locator("input")
                .check();
        assertThat(page).hasURL(Pattern.compile(".*compare\\?cases=.*technology-energy-forecast.*"));
        waitForVaadin(page);
        assertThat(page.locator("#compare-table thead th")).hasCount(3);
        assertThat(page.locator("#compare-table")).containsText("Persistence: RMSE");
        screenshot(page, "compare-en");
    }
}
