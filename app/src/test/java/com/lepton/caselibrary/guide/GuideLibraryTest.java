package com.lepton.caselibrary.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.content.MarkdownRenderer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guide's packaged pages: complete in both languages, covering the whole source article, safe, and linked within. */
class GuideLibraryTest {

    /**
     * Every numbered section of the customer's source article (shared/seed/000_393fb150900d205a.txt): nine
     * chapters and their sub-sections, as its headings number them.
     */
    private static final Set<String> SEED_SECTIONS = new TreeSet<>(List.of(
            "1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "2.3", "3", "3.1", "3.2", "3.3", "3.4", "4", "4.1", "4.2",
            "4.3", "5", "5.1", "5.2", "5.3", "6", "6.1", "6.2", "6.3", "6.4", "7", "7.1", "7.2", "7.3", "8", "8.1",
            "8.2", "8.3", "8.4", "9", "9.1", "9.2", "9.3", "9.4", "9.5", "9.6"));

    private static final Pattern GUIDE_LINK = Pattern.compile("href=\"guide/([a-z0-9-]+)");

    private final GuideLibrary library = new GuideLibrary(new MarkdownRenderer());

    @Test
    void bothLanguagesHaveTheSamePagesInTheSameOrder() {
        List<String> english = library.pages("en").stream().map(GuidePage::slug).toList();
        List<String> chinese = library.pages("zh").stream().map(GuidePage::slug).toList();
        assertThat(english)
                .containsExactly(
                        "about", "concepts", "pipeline", "algorithms", "keras-to-java", "resources", "trends", "faq")
                .isEqualTo(chinese);
        assertThat(library.pages("zh"))
                .allSatisfy(page -> assertThat(page.language()).isEqualTo("zh"));
        assertThat(library.pages("en"))
                .allSatisfy(page -> assertThat(page.language()).isEqualTo("en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void theGuideCoversEveryNumberedSectionOfTheSourceArticle(String language) {
        Set<String> covered = new TreeSet<>();
        library.pages(language).forEach(page -> covered.addAll(page.seedSections()));
        assertThat(covered).isEqualTo(SEED_SECTIONS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void everyPageHasATitleASummaryAndABody(String language) {
        for (GuidePage page : library.pages(language)) {
            assertThat(page.title()).as(page.slug()).isNotBlank();
            assertThat(page.summary()).as(page.slug()).isNotBlank();
            assertThat(page.html()).as(page.slug()).contains("<h2>").doesNotContain("<script");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void theAlgorithmsPageHasTheFormulasAndListsTheCasesOfEachFamily(String language) {
        String html = library.find("algorithms", language).orElseThrow().html();
        assertThat(html)
                .contains("<p>[[cases:CNN]]</p>", "<p>[[cases:RNN]]</p>", "<p>[[cases:LSTM]]</p>")
                // The LSTM with its cell state, which the source article leaves out.
                .contains("c_t = f_t \\odot c_{t-1} + i_t \\odot g_t", "h_t = o_t \\odot \\tanh(c_t)");
        assertThat(Pattern.compile("class=\"math-display\"").matcher(html).results())
                .hasSizeGreaterThan(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void thePipelinePageHasTheDiagramAndEachStep(String language) {
        String html = library.find("pipeline", language).orElseThrow().html();
        assertThat(html).contains("<p>[[pipeline]]</p>");
        for (int step = 1; step <= 7; step++) {
            assertThat(html).contains("<p>[[step:" + step + "]]</p>", "<p>[[pipeline-step:" + step + "]]</p>");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void theKerasPageShowsTheSeedListingBesideTheJavaOneAndReadsTheModelCards(String language) {
        String html = library.find("keras-to-java", language).orElseThrow().html();
        assertThat(html)
                .contains("layers.Conv2D(32, (3, 3), activation&#61;&#39;relu&#39;, input_shape&#61;(28, 28, 1))")
                .contains("tf.nn.conv2d(x, kernel")
                .contains("<p>[[model-card:manufacturing-sorting]]</p>", "<p>[[model-card:finance-cheque-digits]]</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void linksBetweenGuidePagesPointAtPagesThatExist(String language) {
        for (GuidePage page : library.pages(language)) {
            Matcher link = GUIDE_LINK.matcher(page.html());
            while (link.find()) {
                assertThat(library.find(link.group(1), language))
                        .as(page.slug() + " links to guide/" + link.group(1))
                        .isPresent();
            }
        }
    }

    @Test
    void aPageFallsBackToTheOtherLanguageAndAnUnknownPageIsAbsent() {
        assertThat(library.find("faq", "fr").orElseThrow().slug()).isEqualTo("faq");
        assertThat(library.find("no-such-page", "en")).isEmpty();
        assertThat(library.find(null, "en")).isEmpty();
    }

    @Test
    void aPageIsSanitizedLikeACaseWriteUp() {
        GuidePage page = library.parse("""
                ---
                page: test
                lang: en
                order: 9
                title: Test
                summary: A test.
                ---
                ## Heading

                <script>alert(1)</script> [link](javascript:alert) $x^2$
                """);
        assertThat(page.html())
                .doesNotContain("<script")
                .doesNotContain("href=\"javascript")
                .contains("link")
                .contains("<span class=\"math-inline\">x^2</span>");
    }

    @Test
    void aMalformedPageIsRefusedWithTheReason() {
        assertThatThrownBy(() -> library.parse("---\nlang: en\norder: 1\ntitle: T\nsummary: S\n---\nBody"))
                .hasMessageContaining("page");
        assertThatThrownBy(
                        () -> library.parse("---\npage: ../etc\nlang: en\norder: 1\ntitle: T\nsummary: S\n---\nBody"))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> library.parse("---\npage: x\nlang: fr\norder: 1\ntitle: T\nsummary: S\n---\nBody"))
                .hasMessageContaining("lang");
    }
}
