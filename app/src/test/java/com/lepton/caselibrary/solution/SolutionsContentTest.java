package com.lepton.caselibrary.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.lepton.caselibrary.casepage.RelatedPages;
import com.lepton.caselibrary.content.MarkdownRenderer;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled solutions: complete in both languages, every case they name exists, and each case links back. */
class SolutionsContentTest {

    private static final Path SOLUTIONS = Path.of("../case-studies/solutions");
    private static final Path CASE_STUDIES = Path.of("../case-studies");

    private final SolutionLibrary library = library();

    private static SolutionLibrary library() {
        PluginHost plugins = mock(PluginHost.class);
        when(plugins.cases()).thenReturn(List.of());
        return new SolutionLibrary(new SolutionParser(new MarkdownRenderer()), plugins);
    }

    @Test
    void everyBundledSolutionParsesInBothLanguages() throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(SOLUTIONS)) {
            files = listed.filter(f -> f.toString().matches(".*\\.(zh|en)\\.md"))
                    .toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        SolutionParser parser = new SolutionParser(new MarkdownRenderer());
        for (Path file : files) {
            Solution solution = parser.parse(Files.readString(file));
            assertThat(file.getFileName().toString()).isEqualTo(solution.id() + "." + solution.language() + ".md");
        }
        List<Solution> english = library.all("en");
        assertThat(english).hasSize(files.size() / 2);
        for (Solution en : english) {
            Solution zh = library.find(en.id(), "zh").orElseThrow();
            assertThat(zh.language()).as(en.id()).isEqualTo("zh");
            assertThat(zh.cases()).as("the same cases in both languages").isEqualTo(en.cases());
            assertThat(zh.industry()).isEqualTo(en.industry());
            assertThat(zh.peakLoad()).isEqualTo(en.peakLoad());
            assertThat(zh.title()).matches(".*\\p{IsHan}.*");
        }
    }

    @Test
    void everyCaseASolutionNamesExistsAndLinksBackToIt() {
        SolutionLinks links = new SolutionLinks(library);
        for (Solution solution : library.all("en")) {
            for (String caseId : solution.cases()) {
                assertThat(CASE_STUDIES.resolve(caseId + ".en.md"))
                        .as("%s names %s", solution.id(), caseId)
                        .exists();
                assertThat(CASE_STUDIES.resolve(caseId + ".zh.md")).exists();
                for (String language : List.of("zh", "en")) {
                    assertThat(links.linksFor(caseId, language))
                            .extracting(RelatedPages.Link::path)
                            .as("the page of %s links back to %s", caseId, solution.id())
                            .contains("solutions/" + solution.id());
                }
            }
        }
    }

    @Test
    void aMalformedSolutionIsRefusedWithItsReason() {
        SolutionParser parser = new SolutionParser(new MarkdownRenderer());
        String complete = """
                ---
                id: broken
                lang: en
                industry: FINANCE
                title: T
                summary: S
                cases:
                  - finance-market-risk
                pipeline:
                  - 1
                  - 2
                  - 3
                  - 4
                  - 5
                  - 6
                dataNeeds:
                  - d
                risks:
                  - r
                peakLoad: 10
                ---
                Body
                """;
        assertThatThrownBy(() -> parser.parse(complete)).hasMessageContaining("7 'pipeline'");
        assertThatThrownBy(() -> parser.parse(
                        complete.replace("  - 6\n", "  - 6\n  - 7\n").replace("peakLoad: 10", "peakLoad: lots")))
                .hasMessageContaining("peakLoad");
        assertThatThrownBy(() -> parser.parse(complete.replace("  - finance-market-risk", "  - ../etc/passwd")))
                .hasMessageContaining("malformed");
    }
}
