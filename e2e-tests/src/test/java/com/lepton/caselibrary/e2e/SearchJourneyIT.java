package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.screenshot;
import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The library's full-text search as a visitor uses it: ranked hits with the words marked, facets, typos, both languages. */
@PortalJourney
class SearchJourneyIT {

    /** The index is built in the background once the portal is ready; a shared portal may still be building it. */
    private static Locator hits(PortalProcess portal, Page page, String query) {
        Locator hits = page.locator("#search-results .search-hit");
        for (int attempt = 0; attempt < 30; attempt++) {
            page.navigate(portal.url("/search" + query));
            waitForVaadin(page);
            if (hits.count() > 0) {
                return hits;
            }
            page.waitForTimeout(2_000);
        }
        throw new AssertionError("no hit for " + query + " within a minute");
    }

    @Test
    @DisplayName("en: a search marks the words found, counts facets and narrows by industry in the URL")
    void findsMarksAndNarrows(PortalProcess portal, Page page) {
        Locator hits = hits(portal, page, "?q=volatility");
        assertThat(hits.first().locator(".search-snippet mark").first()).isVisible();
        assertThat(page.locator("#facet-industry .facet-value").first()).isVisible();

        page.locator("#facet-industry .facet-value", new Page.LocatorOptions().setHasText("Finance"))
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile(".*industry=FINANCE.*"));
        waitForVaadin(page);
        assertThat(page.locator("#search-results .search-hit").first()).containsText("Finance");
        screenshot(page, "search-en");
    }

    @Test
    @DisplayName("en: a misspelt word still finds the case, with the right word marked")
    void toleratesATypo(PortalProcess portal, Page page) {
        hits(portal, page, "?q=volatilty");
        assertThat(page.locator(
                                "#search-results .search-snippet mark",
                                new Page.LocatorOptions()
                                        .setHasText(Pattern.compile("^volatility$", Pattern.CASE_INSENSITIVE)))
                        .first())
                .isVisible();
    }

    @Test
    @DisplayName("en: without words every entry is listed, each with the start of its text, not the whole write-up")
    void listsEverythingWithShortSnippets(PortalProcess portal, Page page) {
        Locator hits = hits(portal, page, "");
        List<String> snippets = page.locator("#search-results .search-snippet").allTextContents();
        Assertions.assertThat(snippets)
                .isNotEmpty()
                .anySatisfy(text -> Assertions.assertThat(text).isNotBlank())
                .allSatisfy(text -> Assertions.assertThat(text.length()).isLessThanOrEqualTo(161));
        Assertions.assertThat(hits.count()).isGreaterThanOrEqualTo(12);
        // The count names every entry; past the first page a button lists the rest, until all are shown.
        int total = Integer.parseInt(page.locator("#search-count").textContent().replaceAll("\\D", ""));
        while (page.locator("#search-more").count() > 0) {
            int before = hits.count();
            page.locator("#search-more").click();
            assertThat(hits).not().hasCount(before);
        }
        Assertions.assertThat(hits.count()).as("hits listed").isEqualTo(total);
    }

    @Test
    @BrowserLocale("zh-CN")
    @DisplayName("zh: a Chinese query finds Chinese text, marked, with the page in Chinese")
    void searchesInChinese(PortalProcess portal, Page page) {
        Locator hits = hits(portal, page, "?q=风险预警");
        assertThat(hits.first().locator(".search-snippet mark").first()).isVisible();
        assertThat(page.locator("#search-facets")).containsText("行业");
        screenshot(page, "search-zh");
    }
}
