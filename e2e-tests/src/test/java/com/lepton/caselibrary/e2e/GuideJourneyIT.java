package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.viewportScreenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guide, in both languages: every page renders, the algorithms page's formulas are typeset by KaTeX, the
 * pipeline is drawn with its seven linked steps, and every link on every guide page answers (a portal page
 * that is not "not found", or an element of the page it points into). External links are only checked for
 * their form: the machines that run this suite have no internet. A write-up-only case says so plainly and has
 * no demo.
 */
@PortalJourney
class GuideJourneyIT {

    private static final String PAGES = "about,concepts,pipeline,algorithms,keras-to-java,resources,trends,faq";
    /** Internal links already found to answer; whether a page exists does not depend on the language, so each is opened once. */
    private static final Map<String, Boolean> CHECKED = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "en {0}")
    @ValueSource(
            strings = {"about", "concepts", "pipeline", "algorithms", "keras-to-java", "resources", "trends", "faq"})
    @DisplayName("en: every guide page renders its formulas and diagram, and every link on it answers")
    void englishPage(String slug, PortalProcess portal, Page page) {
        checkPage(slug, "en", portal, page);
    }

    @ParameterizedTest(name = "zh {0}")
    @BrowserLocale("zh-CN")
    @ValueSource(
            strings = {"about", "concepts", "pipeline", "algorithms", "keras-to-java", "resources", "trends", "faq"})
    @DisplayName("zh: every guide page renders its formulas and diagram, and every link on it answers")
    void chinesePage(String slug, PortalProcess portal, Page page) {
        checkPage(slug, "zh", portal, page);
    }

    private static void checkPage(String slug, String language, PortalProcess portal, Page page) {
        page.navigate(portal.url("/guide/" + slug));
        waitForVaadin(page);
        assertThat(page.locator("#not-found")).hasCount(0);
        assertThat(page.locator("#guide-title")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", language.equals("zh") ? "zh-CN" : "en");
        // The page list links every page, this one marked current.
        assertThat(page.locator("#guide-nav a")).hasCount(PAGES.split(",").length);
        assertThat(page.locator("#guide-link-" + slug)).hasAttribute("aria-current", "page");
        switch (slug) {
            case "algorithms" -> {
                // KaTeX has typeset every formula and none failed; the corrected LSTM is there.
                assertThat(page.locator("#guide-content .math-display .katex-display"))
                        .not()
                        .hasCount(0);
                assertThat(page.locator("#guide-content .math-display:not([data-rendered])"))
                        .hasCount(0);
                assertThat(page.locator("#guide-content .katex-error")).hasCount(0);
                // Each family lists its cases from the catalogue, at least two live ones for CNN.
                assertThat(page.locator("#guide-content .guide-cases a[href^='cases/']")
                                .first())
                        .isVisible();
                assertThat(page.locator("#guide-content a[href='cases/manufacturing-sorting']"))
                        .hasCount(1);
            }
            case "pipeline" -> {
                assertThat(page.locator("#pipeline-diagram")).isVisible();
                assertThat(page.locator("#pipeline-diagram a")).hasCount(7);
                for (int step = 1; step <= 7; step++) {
                    assertThat(page.locator("#step-" + step)).hasCount(1);
                }
            }
            case "keras-to-java" -> {
                // The accuracy is read from the installed plugins' model cards.
                assertThat(page.locator("#card-finance-cheque-digits strong"))
                        .hasText(Pattern.compile("\\d{2}\\.\\d{2} %"));
                assertThat(page.locator("#card-manufacturing-sorting strong"))
                        .hasText(Pattern.compile("\\d{2}\\.\\d{2} %"));
                // The screenshot shows the figures.
                page.locator("#card-finance-cheque-digits").scrollIntoViewIfNeeded();
            }
            default -> {}
        }
        if (language.equals("en") || slug.equals("about") || slug.equals("algorithms") || slug.equals("pipeline")) {
            viewportScreenshot(page, "guide-" + slug + "-" + language);
        }
        checkLinks(page, language, portal);
    }

    /**
     * Opens every link on the guide page: internal ones must reach a page that exists (and hold the element a
     * fragment names), external ones be well formed. Links to one page with different fragments open it once.
     */
    @SuppressWarnings("unchecked")
    private static void checkLinks(Page page, String language, PortalProcess portal) {
        List<String> hrefs = (List<String>)
                page.evaluate("() => [...document.querySelectorAll('#guide-nav a[href], #guide-content a[href]')]"
                        // getAttribute: an SVG link's href property is not a string.
                        + ".map(a => new URL(a.getAttribute('href'), document.baseURI).href)");
        assertThat(hrefs).isNotEmpty();
        URI base = URI.create(portal.url("/"));
        Map<String, List<URI>> linksByPage = new LinkedHashMap<>();
        for (String href : hrefs) {
            URI uri = URI.create(href);
            if (!base.getAuthority().equals(uri.getAuthority())) {
                assertThat(uri.getScheme()).as(href).isIn("https", "http");
                assertThat(uri.getHost()).as(href).isNotBlank();
            } else if (!CHECKED.containsKey(href)) {
                String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                linksByPage.computeIfAbsent(target, t -> new ArrayList<>()).add(uri);
            }
        }
        Page probe = page.context().newPage();
        try {
            for (Map.Entry<String, List<URI>> links : linksByPage.entrySet()) {
                String target = links.getKey();
                APIResponse response = page.request().get(target);
                assertThat(response.status()).as(target).isLessThan(400);
                probe.navigate(target);
                waitForVaadin(probe);
                assertThat(probe.locator("#not-found")).hasCount(0);
                assertThat(probe.locator("#main-content")).not().isEmpty();
                for (URI link : links.getValue()) {
                    if (link.getFragment() != null) {
                        assertThat(probe.locator("#" + link.getFragment())).hasCount(1);
                    }
                    CHECKED.put(link.toString(), true);
                }
            }
        } finally {
            probe.close();
        }
    }

    @Test
    @DisplayName("en: the header leads to the guide; a diagram step leads to its section")
    void headerAndDiagramLinks(PortalProcess portal, Page page) {
        page.navigate(portal.url("/"));
        waitForVaadin(page);
        page.locator(".app-nav a[href='guide']").click();
        assertThat(page).hasURL(Pattern.compile(".*/guide$"));
        waitForVaadin(page);
        assertThat(page.locator("#guide-link-about")).hasAttribute("aria-current", "page");
        page.locator("#guide-link-pipeline").click();
        assertThat(page).hasURL(Pattern.compile(".*/guide/pipeline$"));
        waitForVaadin(page);
        page.locator("#pipeline-diagram a").nth(4).click();
        assertThat(page).hasURL(Pattern.compile(".*/guide/pipeline#step-5$"));
        assertThat(page.locator("#step-5")).isInViewport();
    }

    @Test
    @DisplayName("en: a write-up-only case says so on its card and its page, and offers no demo")
    void writeUpOnlyCase(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases"));
        waitForVaadin(page);
        assertThat(page.locator("#case-technology-customer-service .badge-read"))
                .hasText("Write-up only");
        page.navigate(portal.url("/cases/technology-campus-surveillance"));
        waitForVaadin(page);
        assertThat(page.locator("#demo-none")).containsText("Write-up only");
        assertThat(page.locator("#demo")).hasCount(0);
        assertThat(page.locator("#model-card")).hasCount(0);
        assertThat(page.locator("#case-content")).containsText("No such labelled video exists");
        assertThat(page.locator("#pipeline .pipeline-step")).hasCount(7);
        viewportScreenshot(page, "case-writeup-only-en");
        // No model, so nothing to run and no quota used: the API refuses with the reason.
        APIResponse run = page.request()
                .post(
                        portal.url("/api/cases/technology-campus-surveillance/run"),
                        RequestOptions.create().setData(Map.of("text", "a camera frame")));
        assertThat(run.status()).isEqualTo(404);
        assertThat(run.text()).contains("with a live demo");
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: a write-up-only case says so in Chinese")
    void writeUpOnlyCaseInChinese(PortalProcess portal, Page page) {
        page.navigate(portal.url("/cases/technology-customer-service"));
        waitForVaadin(page);
        assertThat(page.locator("#demo-none")).containsText("仅文字介绍");
        assertThat(page.locator("#demo")).hasCount(0);
    }
}
