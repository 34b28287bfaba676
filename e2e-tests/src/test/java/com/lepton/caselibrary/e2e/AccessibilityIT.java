package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core (WCAG 2.1 A/AA rules) on every main page, in English and in Chinese, and on the
 * signed-in pages for the roles that use them (consultant: decks, deck editor, presenter, handout,
 * demo requests; partner and administrator: plugins; administrator: accounts, operations, kept inputs; everyone:
 * change password): no serious or critical violation. Each page's counts go to
 * {@code target/e2e/accessibility.md}.
 */
@PortalJourney
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityIT {

    private static final Pattern ONE_TIME_PASSWORD =
            Pattern.compile("(?:One-time password|一次性密码)[:：]\\s*([A-Za-z0-9]{20})");
    private static final String OWN_PASSWORD = "accessible-pages-2026";
    /** Accounts made by the first signed-in check, by role. */
    private static final Map<String, String> ACCOUNTS = new ConcurrentHashMap<>();
    /** The consultant's deck ({@code /decks/ID}), made by the first check that needs it. */
    private static String deckPath;
    /** The anonymous visitor's page per browser locale, shared by the unsigned page checks. */
    private static final Map<String, Page> VISITORS = new ConcurrentHashMap<>();
    /** A signed-in page per role and browser locale ("consultant zh-CN"), signed in once for its checks. */
    private static final Map<String, Page> SIGNED_IN = new ConcurrentHashMap<>();

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @DisplayName("axe: no serious or critical violations (en)")
    @ValueSource(
            strings = {
                "/",
                "/industries/finance",
                "/cases",
                "/cases/manufacturing-sorting",
                "/cases/finance-market-risk",
                "/cases/finance-message-risk",
                "/cases/healthcare-ecg-diagnosis",
                "/cases/technology-energy-forecast",
                "/cases/technology-co2-monitoring",
                "/cases/finance-cheque-digits",
                "/cases/technology-campus-surveillance",
                "/cases/manufacturing-line-anomaly",
                "/cases/healthcare-breast-cancer-diagnosis",
                "/cases/finance-review-risk?sample=batch-souring",
                "/cases/technology-sensor-anomaly?sample=indoor-event",
                "/cases/healthcare-disease-progression?sample=died-1",
                "/cases/no-such-case",
                "/guide",
                "/guide/concepts",
                "/guide/pipeline",
                "/guide/algorithms",
                "/guide/keras-to-java",
                "/guide/resources",
                "/guide/trends",
                "/guide/faq",
                "/guide/no-such-page",
                "/compare?cases=manufacturing-sorting,finance-market-risk",
                "/embed/cases/manufacturing-sorting",
                "/embed/cases/finance-message-risk",
                "/embed/cases/no-such-case",
                "/solutions/visual-quality-inspection",
                "/solutions",
                "/search?q=volatility",
                "/login",
                "/no-such-page",
                "/shared/no-such-link-000000000000"
            })
    void englishPages(String path, PortalProcess portal, BrowserSession browser) throws IOException {
        check(path, "en", portal, pageFor(browser, "en-US", VISITORS, "en-US"));
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @DisplayName("axe: no serious or critical violations (zh)")
    @ValueSource(
            strings = {
                "/",
                "/cases",
                "/cases/finance-message-risk",
                "/cases/technology-customer-service",
                "/guide",
                "/guide/pipeline",
                "/guide/algorithms",
                "/guide/keras-to-java",
                "/cases/manufacturing-line-anomaly",
                "/cases/healthcare-breast-cancer-diagnosis",
                "/cases/finance-review-risk?sample=batch-calm",
                "/cases/healthcare-disease-progression?sample=alive-1",
                "/embed/cases/manufacturing-sorting?lang=zh",
                "/solutions/risk-early-warning",
                "/search?q=风险预警"
            })
    void chinesePages(String path, PortalProcess portal, BrowserSession browser) throws IOException {
        check(path, "zh", portal, pageFor(browser, "zh-CN", VISITORS, "zh-CN"));
    }

    /**
     * One anonymous visitor per language goes from page to page, as a person would, and so does each signed-in role:
     * a fresh browser context per page cost about 1.7 s more each (a new context, and Vaadin's first bootstrap in
     * it), and a sign-in per page about as much again.
     */
    private static synchronized Page pageFor(
            BrowserSession browser, String locale, Map<String, Page> pages, String key) {
        return pages.computeIfAbsent(key, k -> {
            Page page = browser.browser()
                    .newContext(new Browser.NewContextOptions()
                            .setViewportSize(BrowserSession.VIEWPORT_WIDTH, BrowserSession.VIEWPORT_HEIGHT)
                            .setLocale(locale))
                    .newPage();
            page.setDefaultTimeout(30_000);
            return page;
        });
    }

    @AfterAll
    static void forgetPages() {
        VISITORS.clear(); // BrowserExtension closes their contexts after the class
        SIGNED_IN.clear();
    }

    @Order(3)
    @ParameterizedTest(name = "{0} {1}")
    @DisplayName("axe: signed-in pages, no serious or critical violations (en)")
    @CsvSource({
        "consultant,/decks",
        "consultant,DECK",
        "consultant,DECK/present",
        "consultant,DECK/handout",
        "consultant,/account/password",
        "consultant,/demo-requests",
        "partner,/plugins",
        "partner,/account/password",
        "admin,/plugins",
        "admin,/admin/accounts",
        "admin,/admin/operations",
        "admin,/admin/kept-inputs",
        "admin,/account/password"
    })
    void signedInPages(String role, String path, PortalProcess portal, BrowserSession browser) throws IOException {
        checkSignedIn(role, path, "en", portal, signedIn(role, "en-US", portal, browser));
    }

    @Order(4)
    @ParameterizedTest(name = "{0} {1}")
    @DisplayName("axe: signed-in pages, no serious or critical violations (zh)")
    @CsvSource({
        "consultant,/decks",
        "consultant,DECK",
        "consultant,DECK/present",
        "consultant,/demo-requests",
        "admin,/admin/operations",
        "admin,/admin/kept-inputs"
    })
    void signedInChinesePages(String role, String path, PortalProcess portal, BrowserSession browser)
            throws IOException {
        checkSignedIn(role, path, "zh", portal, signedIn(role, "zh-CN", portal, browser));
    }

    /** The role's page in that browser locale, signed in on first use. */
    private static synchronized Page signedIn(
            String role, String locale, PortalProcess portal, BrowserSession browser) {
        String key = role + " " + locale;
        Page page = SIGNED_IN.get(key);
        if (page == null) {
            page = pageFor(browser, locale, SIGNED_IN, key);
            signInAs(role, portal, page);
        }
        return page;
    }

    private static void checkSignedIn(String role, String path, String language, PortalProcess portal, Page page)
            throws IOException {
        String target = path.startsWith("DECK") ? deck(portal, page) + path.substring("DECK".length()) : path;
        page.navigate(portal.url(target));
        waitForVaadin(page);
        // The role's own page, not the sign-in page or "not found".
        PlaywrightAssertions.assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        PlaywrightAssertions.assertThat(page.locator("#not-found")).hasCount(0);
        // Pages that run demos are checked with their results on screen.
        if (target.endsWith("/present")) {
            PlaywrightAssertions.assertThat(page.locator("#present-result[data-ready=true]"))
                    .hasCount(1);
        } else if (target.endsWith("/handout")) {
            PlaywrightAssertions.assertThat(page.locator("#handout[data-complete=true]"))
                    .hasCount(1);
        }
        analyse(role + " " + path, language, page);
    }

    /** Signs in as the role; the consultant's and partner's accounts are made (and their one-time passwords replaced) on first use. */
    private static void signInAs(String role, PortalProcess portal, Page page) {
        if (role.equals("admin")) {
            AuthorizationMatrixIT.signIn(page, portal, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
            return;
        }
        String name = "a11y." + role;
        if (ACCOUNTS.containsKey(role)) {
            AuthorizationMatrixIT.signIn(page, portal, name, OWN_PASSWORD);
            return;
        }
        AuthorizationMatrixIT.signIn(page, portal, PortalProcess.ADMIN_USERNAME, PortalProcess.ADMIN_PASSWORD);
        page.navigate(portal.url("/admin/accounts"));
        waitForVaadin(page);
        page.locator("#new-username input").fill(name);
        page.locator("#new-role").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(role.equals("consultant") ? "Consultant" : "Partner"))
                .click();
        page.locator("#create-account").click();
        waitForVaadin(page);
        Matcher password =
                ONE_TIME_PASSWORD.matcher(page.locator("#accounts-status").innerText());
        assertThat(password.find()).as("one-time password for " + name).isTrue();
        page.context().clearCookies();
        AuthorizationMatrixIT.signIn(page, portal, name, password.group(1));
        page.locator("#current-password input").fill(password.group(1));
        page.locator("#new-password input").fill(OWN_PASSWORD);
        page.locator("#repeat-password input").fill(OWN_PASSWORD);
        page.locator("#save-password").click();
        waitForVaadin(page);
        PlaywrightAssertions.assertThat(page.locator("#password-status.form-status-ok"))
                .hasCount(1);
        ACCOUNTS.put(role, name);
    }

    /** The consultant's deck of an image case and a forecast case (so the presenter shows the forecast band); made once. */
    private static synchronized String deck(PortalProcess portal, Page page) {
        if (deckPath == null) {
            page.navigate(portal.url("/decks"));
            waitForVaadin(page);
            page.locator("#deck-title input").fill("Accessibility review");
            page.locator("#deck-client input").fill("Lepton");
            page.locator("#create-deck").click();
            page.waitForURL(Pattern.compile(".*/decks/\\d+$"));
            waitForVaadin(page);
            for (String slide : List.of("finance-cheque-digits", "technology-co2-monitoring")) {
                page.locator("#slide-case").click();
                page.locator("vaadin-select-item[role=option]")
                        .filter(new Locator.FilterOptions()
                                .setHasText(slide.startsWith("finance") ? "handwritten digits" : "CO₂"))
                        .first()
                        .click();
                waitForVaadin(page);
                page.locator("#slide-notes textarea").fill("Talking points for " + slide);
                page.locator("#slide-add").click();
                waitForVaadin(page);
            }
            PlaywrightAssertions.assertThat(page.locator("#deck-slides .deck-slide"))
                    .hasCount(2);
            deckPath = URI.create(page.url()).getPath();
        }
        return deckPath;
    }

    private static void check(String path, String language, PortalProcess portal, Page page) throws IOException {
        page.navigate(portal.url(path));
        waitForVaadin(page);
        analyse(path, language, page);
    }

    private static void analyse(String path, String language, Page page) throws IOException {
        // Legacy mode runs axe once inside the page; the default opens a blank page per check to merge the frames'
        // results, and these pages have no frames. The passed rules are counted, not their elements.
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page)
                .options(options) // first: it replaces the options that withTags fills in
                .withTags(TAGS)
                .setLegacyMode(true)
                .analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        report(path, language, results, serious);
        assertThat(serious)
                .as(path + " (" + language + "): " + describe(serious))
                .isEmpty();
    }

    private static synchronized void report(String path, String language, AxeResults results, List<Rule> serious)
            throws IOException {
        Path file = E2eSettings.outputDir().resolve("accessibility.md");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    "| page | lang | rules passed | violations | serious/critical | minor/moderate rules |\n|---|---|---:|---:|---:|---|\n");
        }
        String minor = results.getViolations().stream()
                .filter(rule -> !serious.contains(rule))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ")")
                .collect(Collectors.joining(", "));
        Files.writeString(
                file,
                "| `%s` | %s | %d | %d | %d | %s |%n"
                        .formatted(
                                path,
                                language,
                                results.getPasses().size(),
                                results.getViolations().size(),
                                serious.size(),
                                minor.isEmpty() ? "none" : minor),
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
    }
}
