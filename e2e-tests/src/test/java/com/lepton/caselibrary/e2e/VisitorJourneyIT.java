package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.viewportScreenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A visitor browses the library: home → industry → case → live demo, in English; and the Chinese home page and
 * not-found page. The ids are the portal's UI contract (see the case page and home views).
 */
@PortalJourney
class VisitorJourneyIT {

    private static final List<String> INDUSTRIES = List.of("manufacturing", "finance", "healthcare", "technology");
    private static final Pattern PERCENTAGE = Pattern.compile("\\d{1,3}([.,]\\d+)?\\s?%");

    @Test
    @DisplayName("en: home → manufacturing → product-sorting case → sneaker demo")
    void browsesFromHomeToALiveDemo(PortalProcess portal, Page page) {
        // 1. home: the four industries, each a link
        page.navigate(portal.url("/"));
        waitForVaadin(page);
        for (String industry : INDUSTRIES) {
            Locator link = page.locator("#industry-" + industry);
            assertThat(link).isVisible();
            String href = (String)
                    link.evaluate("e => { const a = e.closest('a[href]'); return a ? a.getAttribute('href') : null; }");
            assertThat(href)
                    .as("#industry-%s is (inside) a link", industry)
                    .isNotNull()
                    .contains("industries/" + industry);
        }
        screenshot(page, "home-en");

        // 2. the manufacturing industry lists its cases as cards
        page.locator("#industry-manufacturing").click();
        assertThat(page).hasURL(Pattern.compile(".*/industries/manufacturing$"));
        waitForVaadin(page);
        Locator sortingCase = page.locator("#case-manufacturing-sorting");
        assertThat(sortingCase).isVisible();
        assertThat(page.locator("[id^='case-']").count())
                .as("case cards on the industry page")
                .isGreaterThanOrEqualTo(1);
        screenshot(page, "industry-manufacturing-en");

        // 3. the case page: write-up, 7-step pipeline, model card, demo
        sortingCase.click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/manufacturing-sorting$"));
        waitForVaadin(page);
        assertThat(page.locator("#case-content")).isVisible();
        assertThat(page.locator("#case-content")).not().hasText(Pattern.compile("^\\s*$"));
        assertThat(page.locator("#pipeline")).isVisible();
        assertThat(page.locator("#pipeline .pipeline-step")).hasCount(7);
        assertThat(page.locator("#model-card")).isVisible();
        // a classifier's card has a confusion matrix, no forecast plot
        assertThat(page.locator("#model-card .test-forecast")).hasCount(0);
        assertThat(page.locator("#demo")).isVisible();
        screenshot(page, "case-manufacturing-sorting-en");

        // 4. the live demo classifies the shipped Fashion-MNIST sneaker
        page.locator("#demo #sample-sneaker").click();
        Locator result = page.locator("#demo-result");
        // the first prediction may load the model: allow a minute
        assertThat(result)
                .hasAttribute(
                        "data-top-class",
                        Pattern.compile(".+"),
                        new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        waitForVaadin(page);
        assertThat(result.getAttribute("data-top-class")).isEqualTo("sneaker");
        assertThat(result).hasText(PERCENTAGE);
        result.scrollIntoViewIfNeeded();
        screenshot(page, "demo-result-en");
        page.evaluate("window.scrollTo(0, 0)");
        viewportScreenshot(page, "case-live-en");

        // 5. an upload that is not an image is refused with a message, and the page stays usable
        page.locator("#demo-upload input[type=file]")
                .setInputFiles(new FilePayload(
                        "photo.png", "image/png", "this is not a picture".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#demo-error")).hasText(Pattern.compile("not a PNG or JPEG"));
        page.locator("#demo #sample-trouser").click();
        assertThat(result).hasAttribute("data-top-class", "trouser");
    }

    @Test
    @DisplayName("en: the LSTM market-risk demo draws a volatility forecast for a shipped series")
    void forecastsASeries(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/finance-market-risk"));
        waitForVaadin(page);
        // the model card plots the test period: actual volatility, the model's forecast and persistence's
        Locator forecastPlot = page.locator("#model-card .test-forecast svg[role=img]");
        assertThat(forecastPlot).isVisible();
        assertThat(forecastPlot).hasAttribute("aria-label", Pattern.compile("2017-01-03.*2020-04"));
        assertThat(page.locator("#model-card .test-forecast polyline")).hasCount(3);
        assertThat(page.locator("#model-card .test-forecast .legend")).containsText("Persistence");
        forecastPlot.scrollIntoViewIfNeeded();
        viewportScreenshot(page, "model-card-forecast-en");
        page.evaluate("window.scrollTo(0, 0)");
        page.locator("#demo #sample-february-2020").click();
        assertThat(page.locator("#demo-result .forecast-chart svg")).isVisible();
        assertThat(page.locator("#demo-result .forecast-chart polyline.forecast"))
                .hasCount(1);
        // The band in which 90 % of the model's held-out errors fell, shaded and explained.
        assertThat(page.locator("#demo-result .forecast-chart polygon.forecast-band"))
                .hasCount(1);
        assertThat(page.locator("#forecast-band-note")).containsText("90 % of held-out errors fell within this band");
        page.locator("#demo-result").scrollIntoViewIfNeeded();
        viewportScreenshot(page, "demo-forecast-en");
    }

    @Test
    @DisplayName("en: markup typed into search and into a message stays text: no script runs, nothing is injected")
    void treatsTypedMarkupAsText(PortalProcess portal, Page page) {
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        String markup = "<img src=x onerror=alert('xss')><script>alert('xss')</script>";
        page.navigate(portal.url("/cases"));
        waitForVaadin(page);
        page.locator("#case-search input").fill(markup);
        page.locator("#case-search input").press("Enter");
        waitForVaadin(page);
        assertThat(page.locator("#case-search input")).hasValue(markup);

        page.navigate(portal.url("/cases/finance-message-risk"));
        waitForVaadin(page);
        page.locator("#demo-input textarea").fill(markup + " WIN a FREE prize now, click here");
        page.locator("#demo-run").click();
        assertThat(page.locator("#demo-result")).hasAttribute("data-top-class", Pattern.compile("spam|ham"));
        waitForVaadin(page);
        assertThat(page.locator("img[src=x]")).hasCount(0);
        assertThat(dialogs).as("script dialogs").isEmpty();
    }

    @Test
    @DisplayName("en: the case list's search and filters are in the URL: bookmarkable, and the back button works")
    void caseListFiltersLiveInTheUrl(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases?industry=FINANCE"));
        waitForVaadin(page);
        assertThat(page.locator("#filter-industry input")).hasValue("Finance");
        int finance = page.locator("#case-results .case-card").count();
        assertThat(finance).isPositive();
        assertThat(page.locator("#case-results")).not().containsText("sorting");

        page.locator("#case-search input").fill("digits");
        page.locator("#case-search input").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/cases\\?(q=digits&industry=FINANCE|industry=FINANCE&q=digits)$"));
        waitForVaadin(page);
        assertThat(page.locator("#case-results")).containsText("handwritten digits");
        assertThat(page.locator("#case-results .case-card").count()).isLessThan(finance);

        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/cases\\?industry=FINANCE$"));
        waitForVaadin(page);
        assertThat(page.locator("#case-search input")).hasValue("");
        assertThat(page.locator("#case-results .case-card")).hasCount(finance);

        page.locator("#clear-filters").click();
        assertThat(page).hasURL(Pattern.compile(".*/cases$"));
        waitForVaadin(page);
        assertThat(page.locator("#filter-industry input")).hasValue("");
        // An unknown value in a bookmark is ignored rather than refused.
        page.navigate(portal.url("/cases?industry=NOPE&data=IMAGE"));
        waitForVaadin(page);
        assertThat(page.locator("#filter-industry input")).hasValue("");
        assertThat(page.locator("#filter-datatype input")).not().hasValue("");
    }

    @Test
    @DisplayName("en: a link to a demo with its sample preset runs it on opening; a wrong sample is said so")
    void opensADemoLinkWithItsSamplePreset(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/technology-co2-monitoring?sample=latest-2020"));
        waitForVaadin(page);
        assertThat(page.locator("#demo-result .forecast-chart polyline.forecast"))
                .hasCount(1);
        // The band in which 90 % of the model's held-out errors fell, shaded and explained.
        assertThat(page.locator("#demo-result .forecast-chart polygon.forecast-band"))
                .hasCount(1);
        assertThat(page.locator("#forecast-band-note")).containsText("90 % of held-out errors fell within this band");
        assertThat(page.locator("#demo-link"))
                .hasAttribute("href", Pattern.compile(".*cases/technology-co2-monitoring\\?sample=latest-2020$"));

        page.navigate(portal.url("/cases/technology-co2-monitoring?sample=..%2F..%2Fetc%2Fpasswd"));
        waitForVaadin(page);
        assertThat(page.locator("#demo-error")).containsText("no sample");
    }

    @Test
    @DisplayName("en: keyboard only: Tab to a shipped sample, Enter runs it, the result is announced")
    void runsADemoWithTheKeyboardOnly(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/finance-message-risk"));
        waitForVaadin(page);
        String focused = "";
        for (int tab = 0; tab < 80 && !focused.startsWith("sample-"); tab++) {
            page.keyboard().press("Tab");
            focused = (String) page.evaluate("() => document.activeElement ? document.activeElement.id || '' : ''");
        }
        assertThat(focused).as("a sample button is reachable with Tab").startsWith("sample-");
        page.keyboard().press("Enter");
        assertThat(page.locator("#demo-result")).hasAttribute("data-top-class", Pattern.compile("spam|ham"));
        assertThat(page.locator("#demo-result")).hasAttribute("aria-live", "polite");
    }

    @Test
    @DisplayName("en: the RNN CO2 demo forecasts next month from a shipped two-year window")
    void forecastsCo2WithThePlainRnn(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/technology-co2-monitoring"));
        waitForVaadin(page);
        assertThat(page.locator("#model-card .test-forecast polyline")).hasCount(3);
        page.locator("#demo #sample-latest-2020").click();
        assertThat(page.locator("#demo-result .forecast-chart polyline.forecast"))
                .hasCount(1);
        // The band in which 90 % of the model's held-out errors fell, shaded and explained.
        assertThat(page.locator("#demo-result .forecast-chart polygon.forecast-band"))
                .hasCount(1);
        assertThat(page.locator("#forecast-band-note")).containsText("90 % of held-out errors fell within this band");
        page.locator("#demo-result").scrollIntoViewIfNeeded();
        viewportScreenshot(page, "demo-co2-rnn-en");
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: the message-risk demo flags a typed phishing mail and explains an empty message in Chinese")
    void judgesATypedMessageInChinese(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/finance-message-risk"));
        waitForVaadin(page);
        Locator input = page.locator("#demo-input textarea");
        input.fill("URGENT: your bank account has been suspended. Verify your password and card number within 24 hours "
                + "at http://secure-login.example.com or your account will be closed!");
        page.locator("#demo-run").click();
        assertThat(page.locator("#demo-result")).hasAttribute("data-top-class", "spam");
        page.locator("#demo-result").scrollIntoViewIfNeeded();
        viewportScreenshot(page, "demo-text-zh");

        input.fill("   ");
        page.locator("#demo-run").click();
        assertThat(page.locator("#demo-error")).hasText(Pattern.compile("请先输入"));
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: Chinese home page, and a clear not-found page for an unknown case")
    void speaksChineseAndExplainsAMissingCase(PortalProcess portal, Page page) {
        page.navigate(portal.url("/"));
        waitForVaadin(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("案例库")))
                        .first())
                .isVisible();
        screenshot(page, "home-zh");

        // the language switch turns the whole page to English and back
        page.locator("#language-toggle").click();
        assertThat(page.locator("#home-title")).hasText("AI case library");
        page.locator("#language-toggle").click();
        assertThat(page.locator("#home-title")).hasText("AI 案例库");

        Response response = page.navigate(portal.url("/cases/does-not-exist"));
        waitForVaadin(page);
        assertThat(page.locator("#not-found")).isVisible();
        assertThat(page.locator("#not-found")).not().hasText(Pattern.compile("^\\s*$"));
        assertThat(response.status()).as("HTTP status of an unknown case").isLessThan(500);
        assertThat(page.locator("body").innerText())
                .doesNotContain("Whitelabel Error Page", "Internal Server Error", "Exception", "Could not navigate");
        screenshot(page, "not-found-zh");
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh, phone: the seven steps stack one to a row, every arrow pointing down into the next step")
    void pipelineOnAPhone(PortalProcess portal, Page page) {
        page.setViewportSize(390, 844);
        page.navigate(portal.url("/cases/manufacturing-line-anomaly"));
        waitForVaadin(page);
        assertThat(page.locator("#pipeline .pipeline-step")).hasCount(7);
        // Each step's arrow (its ::after) with where the step and the next one lie.
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> arrows = (List<java.util.Map<String, Object>>) page.evaluate(
                "() => [...document.querySelectorAll('#pipeline .pipeline-step')].slice(0, 6).map(step => {"
                        + " const arrow = getComputedStyle(step, '::after');"
                        + " const box = step.getBoundingClientRect();"
                        + " const next = step.nextElementSibling.getBoundingClientRect();"
                        + " return {display: arrow.display, transform: arrow.transform,"
                        + " left: box.left, nextLeft: next.left, bottom: box.bottom, nextTop: next.top}; })");
        assertThat(arrows).hasSize(6).allSatisfy(arrow -> {
            assertThat(arrow.get("display")).as("arrow shown").isNotEqualTo("none");
            assertThat(((Number) arrow.get("nextLeft")).doubleValue())
                    .as("the next step in the same column")
                    .isEqualTo(((Number) arrow.get("left")).doubleValue());
            assertThat(((Number) arrow.get("nextTop")).doubleValue())
                    .as("the next step below")
                    .isGreaterThan(((Number) arrow.get("bottom")).doubleValue());
            // rotate(90deg): matrix(cos, sin, -sin, cos, ...) with sin 1.
            assertThat((String) arrow.get("transform")).matches("matrix\\([^,]+, 1, -1, .*");
        });
        page.locator("#pipeline").scrollIntoViewIfNeeded();
        viewportScreenshot(page, "case-pipeline-phone-zh");
    }
}
