package com.lepton.caselibrary.e2e;

import static com.lepton.caselibrary.e2e.E2e.waitForVaadin;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core (WCAG 2.1 A/AA rules) on every main page, in English and in Chinese: no serious or
 * critical violation. Each page's counts go to {@code target/e2e/accessibility.md}.
 */
@PortalJourney
class AccessibilityIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ParameterizedTest(name = "{0}")
    @DisplayName("axe: no serious or critical violations (en)")
    @ValueSource(strings = {"/", "/industries/finance", "/cases", "/cases/manufacturing-sorting", "/cases/finance-market-risk",
            "/cases/finance-message-risk", "/cases/healthcare-ecg-diagnosis", "/cases/technology-energy-forecast", "/cases/technology-co2-monitoring", "/cases/finance-cheque-digits", "/cases/no-such-case",
            "/compare?cases=manufacturing-sorting,finance-market-risk", "/login", "/no-such-page", "/shared/no-such-link-000000000000"})
    void englishPages(String path, PortalProcess portal, Page page) throws IOException {
        check(path, "en", portal, page);
    }

    @ParameterizedTest(name = "{0}")
    @BrowserLocale("zh-CN")
    @DisplayName("axe: no serious or critical violations (zh)")
    @ValueSource(strings = {"/", "/cases", "/cases/finance-message-risk"})
    void chinesePages(String path, PortalProcess portal, Page page) throws IOException {
        check(path, "zh", portal, page);
    }

    private static void check(String path, String language, PortalProcess portal, Page page) throws IOException {
        page.navigate(portal.url(path));
        waitForVaadin(page);
        AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        report(path, language, results, serious);
        assertThat(serious).as(path + " (" + language + "): " + describe(serious)).isEmpty();
    }

    private static synchronized void report(String path, String language, AxeResults results, List<Rule> serious) throws IOException {
        Path file = E2eSettings.outputDir().resolve("accessibility.md");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "| page | lang | rules passed | violations | serious/critical | minor/moderate rules |\n|---|---|---:|---:|---:|---|\n");
        }
        String minor = results.getViolations().stream().filter(rule -> !serious.contains(rule))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ")").collect(Collectors.joining(", "));
        Files.writeString(file, "| `%s` | %s | %d | %d | %d | %s |%n".formatted(path, language, results.getPasses().size(),
                results.getViolations().size(), serious.size(), minor.isEmpty() ? "none" : minor), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
    }
}
