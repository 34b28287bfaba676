package com.lepton.caselibrary.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant prepares a client meeting: builds a deck of two cases with samples and talking
 * points, warms its models, presents it with the keyboard, and shares a read-only link that a
 * second, anonymous browser opens (without the talking points); a wrong link says so.
 */
@PortalJourney
class ConsultantDeckJourneyIT {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("One-time password:\\s*([A-Za-z0-9]{20})");

    private static void choose(Page page, String selectId, String option) {
        page.locator("#" + selectId).click();
        page.locator("vaadin-select-item[role=option]").filter(new Locator.FilterOptions().setHasText(option)).first().click();
        waitForVaadin(page);
    }

    @Test
    @DisplayName("en: build a deck, warm it, present it with the keyboard, share it with an anonymous viewer")
    void buildsWarmsPresentsAndSharesADeck(PortalProcess portal, Page page) throws java.io.IOException {
        // The administrator makes the consultant's account.
        AuthorizationMatrixIT.signIn(page, portal, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
        page.navigate(portal.url("/admin/accounts"));
        waitForVaadin(page);
        page.locator("#new-username input").fill("mei.consultant");
        page.locator("#create-account").click();
        waitForVaadin(page);
        Matcher password = ONE_TIME_PASSWORD.matcher(page.locator("#accounts-status").innerText());
        assertThat(password.find()).isTrue();
        page.context().clearCookies();

        // The consultant signs in and replaces the one-time password.
        AuthorizationMatrixIT.signIn(page, portal, "mei.consultant", password.group(1));
        page.locator("#current-password input").fill(password.group(1));
        page.locator("#new-password input").fill("deck-builder-secret-2026");
        page.locator("#repeat-password input").fill("deck-builder-secret-2026");
        page.locator("#save-password").click();
        waitForVaadin(page);

        // A deck for one client.
        page.navigate(portal.url("/decks"));
        waitForVaadin(page);
        page.locator("#deck-title input").fill("AI in retail banking");
        page.locator("#deck-client input").fill("Acme Bank");
        page.locator("#create-deck").click();
        assertThat(page).hasURL(Pattern.compile(".*/decks/\\d+$"));
        waitForVaadin(page);
        assertThat(page.locator("#deck-heading")).hasText("AI in retail banking");

        choose(page, "slide-case", "Reading handwritten digits");
        page.locator("#slide-notes textarea").fill("Cheques still arrive by post: the CNN reads the amount digits.");
        page.locator("#slide-add").click();
        waitForVaadin(page);
        choose(page, "slide-case", "Carbon monitoring");
        page.locator("#slide-notes textarea").fill("Sustainability reporting: next month's CO2 from two years of readings.");
        page.locator("#slide-add").click();
        waitForVaadin(page);
        assertThat(page.locator("#deck-slides .deck-slide")).hasCount(2);

        page.locator("#deck-warm").click();
        assertThat(page.locator("#deck-status")).hasText(Pattern.compile("2 of 2 slides ready"));
        assertThat(page.locator("[data-ready=true]")).hasCount(2);
        screenshot(page, "deck-editor-en");

        page.locator("#deck-share").click();
        waitForVaadin(page);
        String link = page.locator("#deck-share-link input").inputValue();
        assertThat(link).contains("/shared/");
        String deckUrl = page.url();

        // The handout: every slide with its result, laid out for paper, saved as a PDF by the browser.
        page.locator("#deck-handout").click();
        waitForVaadin(page);
        assertThat(page.locator("#handout")).hasAttribute("data-complete", "true");
        assertThat(page.locator(".handout-result[data-ready=true]")).hasCount(2);
        screenshot(page, "deck-handout-en");
        java.nio.file.Path pdf = E2eSettings.outputDir().resolve("screenshots/deck-handout-en.pdf");
        page.pdf(new Page.PdfOptions().setPath(pdf).setFormat("A4").setPrintBackground(true));
        assertThat(java.nio.file.Files.size(pdf)).as("a handout PDF with two slides and their charts").isGreaterThan(20_000);
        page.navigate(deckUrl);
        waitForVaadin(page);

        // Presenting: the first slide runs its demo, the arrow key moves on.
        page.locator("#deck-present").click();
        waitForVaadin(page);
        assertThat(page.locator("#present-counter")).hasText("1 / 2");
        assertThat(page.locator("#present-result")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#present-notes")).containsText("amount digits");
        screenshot(page, "deck-present-slide1-en");
        page.locator("#presenter").press("ArrowRight");
        assertThat(page.locator("#present-counter")).hasText("2 / 2");
        assertThat(page.locator("#present-title")).containsText("CO₂");
        assertThat(page.locator("#present-result")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#present-result svg")).isVisible();
        screenshot(page, "deck-present-slide2-en");
        page.locator("#presenter").press("ArrowLeft");
        assertThat(page.locator("#present-counter")).hasText("1 / 2");

        // The share link in a second browser, signed in as nobody: the slides, not the talking points.
        try (BrowserContext anonymous = page.context().browser().newContext()) {
            Page viewer = anonymous.newPage();
            viewer.navigate(link);
            waitForVaadin(viewer);
            assertThat(viewer.locator("#present-counter")).hasText("1 / 2");
            assertThat(viewer.locator("#present-result")).hasAttribute("data-ready", "true");
            assertThat(viewer.locator("#present-notes")).hasCount(0);
            screenshot(viewer, "deck-shared-viewer-en");

            viewer.navigate(portal.url("/shared/not-a-real-link-0000000000"));
            waitForVaadin(viewer);
            Locator missing = viewer.locator("#shared-missing");
            assertThat(missing).containsText("Link not valid");
        }
    }
}
