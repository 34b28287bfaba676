package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A visitor asks for a demo from a case page (en) and from a solution page (zh): refused fields are
 * explained at the field, markup stays text; a consultant then finds both requests on their own page, with the
 * page each came from, and marks one contacted.
 */
@PortalJourney
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoRequestJourneyIT {

    private static final Pattern ONE_TIME_PASSWORD =
            Pattern.compile("(?:One-time password|一次性密码)[:：]\\s*([A-Za-z0-9]{20})");
    private static final String CONSULTANT = "requests.consultant";
    private static final String PASSWORD = "requests-consultant-2026";
    /** Tells this run's requests apart from any other journey's. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static final String MARKUP = "<img src=x onerror=alert(1)> please show sorting of our own garments";

    @Test
    @Order(1)
    @DisplayName("en: a visitor asks for a demo on a case page")
    void visitorRequestsADemoOnACasePage(PortalProcess portal, Page page) {
        AtomicBoolean dialog = new AtomicBoolean();
        page.onDialog(d -> {
            dialog.set(true);
            d.dismiss();
        });
        page.navigate(portal.url("/cases/manufacturing-sorting"));
        waitForVaadin(page);
        Locator form = page.locator("#request-demo");
        form.scrollIntoViewIfNeeded();
        page.locator("#request-send").click();
        // Sent empty, every required field is marked at once, not one per send.
        for (String field : List.of("name", "organisation", "contact", "message")) {
            assertThat(page.locator("#request-" + field)).hasAttribute("invalid", "");
            assertThat(page.locator("#request-" + field)).containsText("Please fill in this field.");
        }
        page.locator("#request-organisation input").fill("Acme Textiles");
        page.locator("#request-contact input").fill("not a contact");
        page.locator("#request-message textarea").fill(MARKUP);
        page.locator("#request-send").click();
        // Problems of different kinds come back together: the empty name and the contact that is no address.
        assertThat(page.locator("#request-name")).hasAttribute("invalid", "");
        assertThat(page.locator("#request-name")).containsText("Please fill in this field.");
        assertThat(page.locator("#request-contact")).hasAttribute("invalid", "");
        assertThat(page.locator("#request-contact")).containsText("e-mail address");
        assertThat(page.locator("#request-organisation")).not().hasAttribute("invalid", "");
        assertThat(page.locator("#request-message")).not().hasAttribute("invalid", "");
        form.screenshot(new Locator.ScreenshotOptions()
                .setPath(E2eSettings.outputDir().resolve("screenshots").resolve("request-demo-form-en.png")));
        page.locator("#request-name input").fill("Mei Chen " + RUN);
        page.locator("#request-contact input").fill("mei@acme.example");
        page.locator("#request-send").click();
        assertThat(page.locator("#request-thanks")).isVisible();
        assertThat(dialog.get()).as("markup ran as script").isFalse();
    }

    @Test
    @Order(2)
    @BrowserLocale("zh-CN")
    @DisplayName("zh: a visitor asks for a demo on a solution page")
    void visitorRequestsADemoOnASolutionPage(PortalProcess portal, Page page) {
        page.navigate(portal.url("/solutions/visual-quality-inspection"));
        waitForVaadin(page);
        page.locator("#request-demo").scrollIntoViewIfNeeded();
        assertThat(page.locator("#request-demo-title")).hasText("申请演示");
        page.locator("#request-name input").fill("陈梅 " + RUN);
        page.locator("#request-organisation input").fill("某纺织公司");
        page.locator("#request-contact input").fill("+86 21 5555 0100");
        page.locator("#request-send").click();
        assertThat(page.locator("#request-message")).hasAttribute("invalid", "");
        assertThat(page.locator("#request-message")).containsText("请填写此项");
        page.locator("#request-demo")
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(E2eSettings.outputDir().resolve("screenshots").resolve("request-demo-form-zh.png")));
        page.locator("#request-message textarea").fill("希望用我们的布料照片演示质检。");
        page.locator("#request-send").click();
        assertThat(page.locator("#request-thanks")).containsText("谢谢");
    }

    @Test
    @Order(3)
    @DisplayName("en: a consultant sees both requests and marks one contacted")
    void consultantWorksTheRequests(PortalProcess portal, Page page) {
        signInAsConsultant(portal, page);
        assertThat(page.locator("#nav-requests")).isVisible();
        page.locator("#nav-requests").click();
        assertThat(page).hasURL(Pattern.compile(".*/demo-requests$"));
        waitForVaadin(page);
        Locator english =
                page.locator(".request-card").filter(new Locator.FilterOptions().setHasText("Mei Chen " + RUN));
        Locator chinese = page.locator(".request-card").filter(new Locator.FilterOptions().setHasText("陈梅 " + RUN));
        assertThat(english).hasCount(1);
        assertThat(chinese).hasCount(1);
        // As typed, shown as text: the markup is in the text, no element was made of it.
        assertThat(english.locator(".request-message")).hasText(MARKUP);
        assertThat(english.locator(".request-message img")).hasCount(0);
        assertThat(english).containsText("/cases/manufacturing-sorting");
        assertThat(chinese).containsText("/solutions/visual-quality-inspection");
        assertThat(english).hasAttribute("data-status", "NEW");
        screenshot(page, "demo-requests-en");

        english.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Contacted"))
                .click();
        assertThat(english).hasAttribute("data-status", "CONTACTED");
        page.navigate(portal.url("/demo-requests?status=CONTACTED"));
        waitForVaadin(page);
        assertThat(page.locator(".request-card").filter(new Locator.FilterOptions().setHasText("Mei Chen " + RUN)))
                .hasCount(1);
        assertThat(page.locator(".request-card").filter(new Locator.FilterOptions().setHasText("陈梅 " + RUN)))
                .hasCount(0);
    }

    @Test
    @Order(4)
    @BrowserLocale("zh-CN")
    @DisplayName("zh: the consultants' page in Chinese")
    void consultantPageInChinese(PortalProcess portal, Page page) {
        signInAsConsultant(portal, page);
        page.navigate(portal.url("/demo-requests"));
        waitForVaadin(page);
        assertThat(page.locator("h1")).hasText("演示申请");
        assertThat(page.locator(".request-card").filter(new Locator.FilterOptions().setHasText("陈梅 " + RUN)))
                .hasCount(1);
        screenshot(page, "demo-requests-zh");
    }

    /** The consultant's account is made (and its one-time password replaced) on first use. */
    private static synchronized void signInAsConsultant(PortalProcess portal, Page page) {
        if (created) {
            AuthorizationMatrixIT.signIn(page, portal, CONSULTANT, PASSWORD);
            return;
        }
        AuthorizationMatrixIT.signIn(page, portal, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
        page.navigate(portal.url("/admin/accounts"));
        waitForVaadin(page);
        page.locator("#new-username input").fill(CONSULTANT);
        page.locator("#new-role").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("Consultant|顾问")))
                .click();
        page.locator("#create-account").click();
        waitForVaadin(page);
        Matcher password =
                ONE_TIME_PASSWORD.matcher(page.locator("#accounts-status").innerText());
        assertThat(password.find()).as("one-time password").isTrue();
        page.context().clearCookies();
        AuthorizationMatrixIT.signIn(page, portal, CONSULTANT, password.group(1));
        page.locator("#current-password input").fill(password.group(1));
        page.locator("#new-password input").fill(PASSWORD);
        page.locator("#repeat-password input").fill(PASSWORD);
        page.locator("#save-password").click();
        waitForVaadin(page);
        assertThat(page.locator("#password-status.form-status-ok")).hasCount(1);
        created = true;
    }

    private static boolean created;
}
