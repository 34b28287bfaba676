package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an administrator saves through one replica (a consultant's account and a deck), and the check, through
 * whichever replica the proxy picks later, that both are still there. The signed-in session itself lives in the
 * memory of one replica: after that replica dies the administrator signs in again, which is expected.
 */
record SavedWork(String consultant, String deckTitle) {

    static SavedWork save(Page page, String baseUrl) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SavedWork work = new SavedWork("failover." + tag, "Failover deck " + tag);
        AuthorizationMatrixIT.signIn(page, baseUrl, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
        page.navigate(baseUrl + "/admin/accounts");
        waitForVaadin(page);
        page.locator("#new-username input").fill(work.consultant());
        page.locator("#create-account").click();
        assertThat(page.locator("#accounts-status")).containsText("One-time password");

        page.navigate(baseUrl + "/decks");
        waitForVaadin(page);
        page.locator("#deck-title input").fill(work.deckTitle());
        page.locator("#deck-client input").fill("Failover Ltd");
        page.locator("#create-deck").click();
        assertThat(page).hasURL(Pattern.compile(".*/decks/\\d+$"));
        return work;
    }

    void assertStillThere(Page page, String baseUrl) {
        AuthorizationMatrixIT.signIn(page, baseUrl, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
        page.navigate(baseUrl + "/decks");
        waitForVaadin(page);
        assertThat(page.locator("#decks-grid")).containsText(deckTitle);
        page.navigate(baseUrl + "/admin/accounts");
        waitForVaadin(page);
        assertThat(page.locator("#accounts-grid")).containsText(consultant);
    }
}
