package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Accounts in a real browser: the administrator signs in and creates a consultant and a partner,
 * who sign in with their one-time passwords, must choose their own, and then see only what their
 * role allows. The views for administrators are checked role by role (the HTTP half of the matrix,
 * REST and actuator included, is in the portal's PortalIntegrationTest).
 */
@PortalJourney
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixIT {

    private static final Pattern ONE_TIME_PASSWORD =
            Pattern.compile("(?:One-time password|一次性密码)[:：]\\s*([A-Za-z0-9]{20})");
    /** Created in the first test, used by the next: name to password. */
    private static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

    static void signIn(Page page, PortalProcess portal, String username, String password) {
        signIn(page, portal.baseUrl(), username, password);
    }

    /** Signs in through {@code baseUrl} (a portal or the proxy in front of several). */
    static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        waitForVaadin(page);
        page.locator("#login-form input[name=username]").fill(username);
        page.locator("#login-form input[name=password]").fill(password);
        page.locator("#login-form input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        waitForVaadin(page);
    }

    @Test
    @Order(1)
    void administratorCreatesAConsultantAndAPartner(PortalProcess portal, Page page) {
        signIn(page, portal, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
        assertThat(page.locator("#account-name")).hasText(PortalProcess.ADMIN_USERNAME);

        page.navigate(portal.url("/admin/accounts"));
        waitForVaadin(page);
        for (String role : List.of("CONSULTANT", "PARTNER")) {
            String name = role.toLowerCase() + ".e2e";
            page.locator("#new-username input").fill(name);
            page.locator("#new-role").click();
            page.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName(role.equals("CONSULTANT") ? "Consultant" : "Partner"))
                    .click();
            page.locator("#create-account").click();
            waitForVaadin(page);
            Matcher password =
                    ONE_TIME_PASSWORD.matcher(page.locator("#accounts-status").innerText());
            assertThat(password.find())
                    .as("one-time password shown once for " + name)
                    .isTrue();
            ACCOUNTS.put(name, password.group(1));
        }
        assertThat(page.locator("#accounts-grid")).containsText("consultant.e2e");
        screenshot(page, "accounts-admin-en");
    }

    @Test
    @Order(2)
    void eachRoleSeesOnlyItsOwnPages(PortalProcess portal, Page page) {
        assertThat(ACCOUNTS).as("accounts from the first test").hasSize(2);
        // Anonymous: sent to sign in.
        for (String path : List.of("/admin/accounts", "/admin/operations", "/account/password", "/demo-requests")) {
            page.navigate(portal.url(path));
            waitForVaadin(page);
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        }
        for (Map.Entry<String, String> account : ACCOUNTS.entrySet()) {
            page.context().clearCookies();
            signIn(page, portal, account.getKey(), account.getValue());
            // The one-time password must be replaced before anything else.
            page.navigate(portal.url("/cases"));
            waitForVaadin(page);
            assertThat(page.locator("#new-password")).isVisible();
            page.locator("#current-password input").fill(account.getValue());
            page.locator("#new-password input").fill("own-secret-password-2026");
            page.locator("#repeat-password input").fill("own-secret-password-2026");
            page.locator("#save-password").click();
            waitForVaadin(page);
            assertThat(page.locator("#password-status")).hasClass(Pattern.compile(".*form-status-ok.*"));
            screenshot(page, "password-changed-" + account.getKey());

            page.navigate(portal.url("/cases"));
            waitForVaadin(page);
            assertThat(page.locator("#case-list, .case-card").first()).isVisible();
            assertThat(page.locator("#account-menu")).not().containsText("Accounts");
            for (String path : List.of("/admin/accounts", "/admin/operations", "/admin/kept-inputs")) {
                page.navigate(portal.url(path));
                waitForVaadin(page);
                assertThat(page.locator("#accounts-grid, #operations-models, #kept-inputs"))
                        .hasCount(0);
                // Answered as "not found" in the portal's frame, not revealing the page.
                assertThat(page.locator("#not-found")).isVisible();
            }
            // Demo requests are the consultants' (and administrators') page, not the partners'.
            page.navigate(portal.url("/demo-requests"));
            waitForVaadin(page);
            if (account.getKey().startsWith("consultant")) {
                assertThat(page.locator("#requests-list")).isVisible();
            } else {
                assertThat(page.locator("#requests-list")).hasCount(0);
                assertThat(page.locator("#not-found")).isVisible();
            }
            screenshot(page, "refused-" + account.getKey());
        }
        // The administrator sees both.
        page.context().clearCookies();
        signIn(page, portal, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
        page.navigate(portal.url("/admin/operations"));
        waitForVaadin(page);
        assertThat(page.locator("#operations-models")).isVisible();
        assertThat(page.locator("#operations-plugins")).containsText("technology-co2-monitoring");
        screenshot(page, "operations-en");
        page.locator("#sign-out").click();
        waitForVaadin(page);
        assertThat(page.locator("#sign-in")).isVisible();
    }
}
