package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.chooseOption;
import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A consultant prepares a client meeting: builds a deck of two cases with samples and talking
 * points, warms its models, presents it with the keyboard, and shares a read-only link that a
 * second, anonymous browser opens (without the talking points); a wrong link says so. The same
 * steps run in English and in Chinese, with only the words on the screen told apart.
 */
@PortalJourney
class ConsultantDeckJourneyIT {

    /**
     * What differs between the two languages' journeys: the words the steps type, pick and expect.
     *
     * @param language        suffix of the screenshots, e.g. {@code en}
     * @param locale          the anonymous viewer's browser locale
     * @param oneTimePassword finds the one-time password in the accounts page's message
     * @param consultant      the consultant's user name (each journey makes its own)
     * @param digitsCase      text of the handwritten-digits case in the case picker
     * @param co2Case         text of the CO₂ case in the case picker
     * @param warmed          the deck's status once both slides are warm
     * @param missingLink     what a wrong share link says
     */
    record Words(
            String language,
            String locale,
            Pattern oneTimePassword,
            String consultant,
            String deckTitle,
            String client,
            String digitsCase,
            String digitsNotes,
            String digitsNotesFragment,
            String co2Case,
            String co2Notes,
            Pattern warmed,
            String missingLink) {}

    static final Words ENGLISH = new Words(
            "en",
            "en-US",
            Pattern.compile("One-time password:\\s*([A-Za-z0-9]{20})"),
            "mei.consultant",
            "AI in retail banking",
            "Acme Bank",
            "Reading handwritten digits",
            "Cheques still arrive by post: the CNN reads the amount digits.",
            "amount digits",
            "Carbon monitoring",
            "Sustainability reporting: next month's CO2 from two years of readings.",
            Pattern.compile("2 of 2 slides ready"),
            "Link not valid");

    static final Words CHINESE = new Words(
            "zh",
            "zh-CN",
            Pattern.compile("一次性密码：\\s*([A-Za-z0-9]{20})"),
            "li.consultant",
            "零售银行中的人工智能",
            "华信银行",
            "支票与票据手写数字识别",
            "支票仍通过邮寄到达：卷积神经网络读取金额数字。",
            "金额数字",
            "碳排放监测",
            "可持续发展报告：根据两年的读数预测下个月的二氧化碳浓度。",
            Pattern.compile("2 张幻灯片中 2 张已就绪"),
            "链接无效");

    @Test
    @DisplayName("en: build a deck, warm it, present it with the keyboard, share it with an anonymous viewer")
    void buildsWarmsPresentsAndSharesADeck(PortalProcess portal, Page page) throws IOException {
        journey(portal, page, ENGLISH);
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: 顾问创建演示文稿、预热、用键盘演示并分享给匿名观众")
    void buildsWarmsPresentsAndSharesADeckInChinese(PortalProcess portal, Page page) throws IOException {
        journey(portal, page, CHINESE);
    }

    static void journey(PortalProcess portal, Page page, Words words) throws IOException {
        // The administrator makes the consultant's account.
        AuthorizationMatrixIT.signIn(page, portal, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
        page.navigate(portal.url("/admin/accounts"));
        waitForVaadin(page);
        page.locator("#new-username input").fill(words.consultant());
        page.locator("#create-account").click();
        waitForVaadin(page);
        Matcher password =
                words.oneTimePassword().matcher(page.locator("#accounts-status").innerText());
        assertThat(password.find()).isTrue();
        page.context().clearCookies();

        // The consultant signs in and replaces the one-time password.
        AuthorizationMatrixIT.signIn(page, portal, words.consultant(), password.group(1));
        page.locator("#current-password input").fill(password.group(1));
        page.locator("#new-password input").fill("deck-builder-secret-2026");
        page.locator("#repeat-password input").fill("deck-builder-secret-2026");
        page.locator("#save-password").click();
        waitForVaadin(page);

        // A deck for one client.
        page.navigate(portal.url("/decks"));
        waitForVaadin(page);
        page.locator("#deck-title input").fill(words.deckTitle());
        page.locator("#deck-client input").fill(words.client());
        page.locator("#create-deck").click();
        assertThat(page).hasURL(Pattern.compile(".*/decks/\\d+$"));
        waitForVaadin(page);
        assertThat(page.locator("#deck-heading")).hasText(words.deckTitle());

        chooseOption(page, "slide-case", words.digitsCase());
        page.locator("#slide-notes textarea").fill(words.digitsNotes());
        page.locator("#slide-add").click();
        waitForVaadin(page);
        chooseOption(page, "slide-case", words.co2Case());
        page.locator("#slide-notes textarea").fill(words.co2Notes());
        page.locator("#slide-add").click();
        waitForVaadin(page);
        assertThat(page.locator("#deck-slides .deck-slide")).hasCount(2);

        page.locator("#deck-warm").click();
        assertThat(page.locator("#deck-status")).hasText(words.warmed());
        assertThat(page.locator("[data-ready=true]")).hasCount(2);
        screenshot(page, "deck-editor-" + words.language());

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
        screenshot(page, "deck-handout-" + words.language());
        Path pdf = E2eSettings.outputDir().resolve("screenshots/deck-handout-" + words.language() + ".pdf");
        page.pdf(new Page.PdfOptions().setPath(pdf).setFormat("A4").setPrintBackground(true));
        assertThat(Files.size(pdf))
                .as("a handout PDF with two slides and their charts")
                .isGreaterThan(20_000);
        page.navigate(deckUrl);
        waitForVaadin(page);

        // Presenting: the first slide runs its demo, the arrow key moves on.
        page.locator("#deck-present").click();
        waitForVaadin(page);
        assertThat(page.locator("#present-counter")).hasText("1 / 2");
        assertThat(page.locator("#present-result")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#present-notes")).containsText(words.digitsNotesFragment());
        screenshot(page, "deck-present-slide1-" + words.language());
        page.locator("#presenter").press("ArrowRight");
        assertThat(page.locator("#present-counter")).hasText("2 / 2");
        assertThat(page.locator("#present-title")).containsText("CO₂");
        assertThat(page.locator("#present-result")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#present-result svg")).isVisible();
        screenshot(page, "deck-present-slide2-" + words.language());
        // Past the last slide nothing happens: "Next" is off and the key leaves the slide as it is.
        assertThat(page.locator("#present-next")).isDisabled();
        page.locator("#presenter").press("ArrowRight");
        assertThat(page.locator("#present-counter")).hasText("2 / 2");
        page.locator("#presenter").press("ArrowLeft");
        assertThat(page.locator("#present-counter")).hasText("1 / 2");
        assertThat(page.locator("#present-previous")).isDisabled();
        assertThat(page.locator("#present-next")).isEnabled();

        // The share link in a second browser, signed in as nobody: the slides, not the talking points.
        try (BrowserContext anonymous =
                page.context().browser().newContext(new Browser.NewContextOptions().setLocale(words.locale()))) {
            Page viewer = anonymous.newPage();
            viewer.navigate(link);
            waitForVaadin(viewer);
            assertThat(viewer.locator("#present-counter")).hasText("1 / 2");
            assertThat(viewer.locator("#present-result")).hasAttribute("data-ready", "true");
            assertThat(viewer.locator("#present-notes")).hasCount(0);
            screenshot(viewer, "deck-shared-viewer-" + words.language());

            viewer.navigate(portal.url("/shared/not-a-real-link-0000000000"));
            waitForVaadin(viewer);
            Locator missing = viewer.locator("#shared-missing");
            assertThat(missing).containsText(words.missingLink());
        }
    }
}
