package com.lepton.caselibrary.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.content.CaseStudyContent;
import com.lepton.caselibrary.content.CaseStudyParser;
import com.lepton.caselibrary.content.MarkdownRenderer;
import com.lepton.caselibrary.search.SearchDocument;
import com.lepton.caselibrary.search.SearchFacet;
import com.lepton.caselibrary.search.SearchHit;
import com.lepton.caselibrary.search.SearchIndex;
import com.lepton.caselibrary.search.SearchQueryException;
import com.lepton.caselibrary.search.SearchRequest;
import com.lepton.caselibrary.search.SearchResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search index on the real write-ups of the repository's case-studies folder, through the case documents. */
class CaseSearchTest {

    private static final Path CASE_STUDIES = Path.of("../case-studies");
    private static SearchIndex index;
    private static List<SearchDocument> documents;

    @BeforeAll
    static void indexTheWriteUps() throws Exception {
        CaseStudyParser parser = new CaseStudyParser(new MarkdownRenderer());
        Map<String, Map<String, CaseStudyContent>> byId = new TreeMap<>();
        try (Stream<Path> files = Files.list(CASE_STUDIES)) {
            for (Path file :
                    files.filter(f -> f.toString().matches(".*\\.(zh|en)\\.md")).toList()) {
                CaseStudyContent content = parser.parse(Files.readString(file));
                byId.computeIfAbsent(content.id(), id -> new TreeMap<>()).put(content.language(), content);
            }
        }
        documents = new ArrayList<>();
        byId.forEach((id, languages) -> documents.add(document(id, languages, !id.startsWith("technology-co2"))));
        index = new SearchIndex(Map.of());
        index.replaceAll(documents);
    }

    private static SearchDocument document(String id, Map<String, CaseStudyContent> languages, boolean live) {
        CaseStudyContent zh = languages.get("zh");
        CaseStudyContent en = languages.get("en");
        CaseEntry entry = new CaseEntry(id);
        entry.update(
                en.industry(),
                en.algorithm(),
                en.dataType(),
                new LocalizedText(zh.title(), en.title()),
                new LocalizedText(zh.summary(), en.summary()),
                Stream.concat(zh.tags().stream(), en.tags().stream()).toList(),
                live ? id : null,
                live);
        return CaseSearchDocuments.document(entry, Optional.of(zh), Optional.of(en));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResults search(String text, boolean chinese) {
        return index.search(SearchRequest.of(text, Map.of(), chinese));
    }

    private static List<String> paths(SearchResults results) {
        return results.hits().stream().map(SearchHit::path).toList();
    }

    @Test
    void findsEveryWriteUp() throws IOException {
        assertThat(index.size()).isEqualTo(documents.size()).isGreaterThanOrEqualTo(7);
        assertThat(search("", false).total()).isEqualTo(documents.size());
    }

    @Test
    void anEnglishQueryFindsWordsOfTheWriteUpBodyOnly() throws IOException {
        // "Conv32-Pool" and "Zalando" appear in the body of the sorting write-up, not in its title or summary.
        String body = Files.readString(CASE_STUDIES.resolve("manufacturing-sorting.en.md"));
        String word = "Zalando";
        assertThat(body.split("---", 3)[2]).contains(word);
        SearchResults results = search(word.toLowerCase(), false);
        assertThat(paths(results)).contains("cases/manufacturing-sorting");
        assertThat(results.hits().getFirst().snippetHtml()).contains("<mark>Zalando</mark>");
    }

    @Test
    void aChineseQueryFindsWordsOfTheWriteUpBody() throws IOException {
        String body = Files.readString(CASE_STUDIES.resolve("finance-message-risk.zh.md"))
                .split("---", 3)[2];
        assertThat(body).contains("垃圾邮件");
        SearchResults results = search("垃圾邮件", true);
        assertThat(paths(results)).first().isEqualTo("cases/finance-message-risk");
        assertThat(results.hits().getFirst().snippetHtml()).contains("<mark>");
        assertThat(results.hits().getFirst().title()).as("the Chinese title").matches(".*\\p{IsHan}.*");
    }

    @Test
    void aTypoStillFindsTheCaseAndMarksTheWordMeant() {
        SearchResults misspelt = search("volatillity", false);
        assertThat(paths(misspelt)).contains("cases/finance-market-risk");
        assertThat(misspelt.hits().getFirst().snippetHtml()).containsIgnoringCase("<mark>volatility</mark>");
        assertThat(paths(search("convolutonal", false))).contains("cases/manufacturing-sorting");
        assertThat(paths(search("volatility", false)).getFirst()).isEqualTo("cases/finance-market-risk");
    }

    @Test
    void typosAreTriedOnlyWhenTheQueryAsTypedFindsNothing() {
        // "model" is in every write-up; fuzzily it would also take "modes", "moder"...: the hits stay exact.
        SearchResults exact = search("model", false);
        assertThat(exact.total()).isPositive();
        exact.hits().forEach(hit -> assertThat(hit.snippetHtml()).containsIgnoringCase("<mark>model"));
    }

    /** A write-up-only case known by its catalogue entry alone (no write-up content). */
    private static CaseEntry writeUp(
            String id,
            Industry industry,
            AlgorithmFamily algorithm,
            DataType dataType,
            LocalizedText title,
            LocalizedText summary,
            List<String> tags) {
        CaseEntry entry = new CaseEntry(id);
        entry.update(industry, algorithm, dataType, title, summary, tags, null, false);
        return entry;
    }

    /** An index holding this one write-up alone. */
    private static SearchIndex indexOf(CaseEntry entry) {
        SearchIndex index = new SearchIndex(Map.of());
        index.replaceAll(List.of(CaseSearchDocuments.document(entry, Optional.empty(), Optional.empty())));
        return index;
    }

    @Test
    void aTagFindsAWriteUpWhoseSnippetIsItsSummaryNotItsTags() {
        CaseEntry entry = writeUp(
                "retail-shelf-gaps",
                Industry.MANUFACTURING,
                AlgorithmFamily.CNN,
                DataType.IMAGE,
                new LocalizedText("货架缺货检测", "Shelf gap detection"),
                new LocalizedText("卷积网络在货架照片上找出空位。", "A convolutional network finds empty facings in shelf photos."),
                List.of("planogram", "merchandising", "货架陈列", "out of stock"));
        try (SearchIndex writeUps = indexOf(entry)) {

            for (String tag : List.of("planogram", "planogramm", "retail-shelf-gaps")) {
                SearchResults results = writeUps.search(SearchRequest.of(tag, Map.of(), false));
                assertThat(paths(results)).as(tag).containsExactly("cases/retail-shelf-gaps");
                assertThat(results.hits().getFirst().snippetHtml())
                        .as(tag)
                        .isEqualTo("A convolutional network finds empty facings in shelf photos.");
            }
            SearchResults chinese = writeUps.search(SearchRequest.of("货架陈列", Map.of(), true));
            assertThat(paths(chinese)).containsExactly("cases/retail-shelf-gaps");
            assertThat(chinese.hits().getFirst().snippetHtml()).doesNotContain("planogram", "merchandising");
        }
    }

    @Test
    void aWriteUpInOneLanguageShowsItsOwnPassageMarkedOnTheOtherLanguagesPage() {
        CaseEntry entry = writeUp(
                "partner-english-only",
                Industry.FINANCE,
                AlgorithmFamily.RNN,
                DataType.TEXT,
                new LocalizedText("", "Claims triage"),
                new LocalizedText("", "A recurrent network reads each insurance claim and ranks it for review."),
                List.of());
        try (SearchIndex writeUps = indexOf(entry)) {

            SearchResults chinesePage = writeUps.search(SearchRequest.of("insurance", Map.of(), true));

            assertThat(paths(chinesePage)).containsExactly("cases/partner-english-only");
            assertThat(chinesePage.hits().getFirst().snippetHtml())
                    .isEqualTo("A recurrent network reads each <mark>insurance</mark> claim and ranks it for review.");
        }
    }

    @Test
    void aChineseQueryOnTheEnglishPageShowsEnglishText() {
        SearchResults results = search("垃圾邮件", false);
        assertThat(paths(results)).first().isEqualTo("cases/finance-message-risk");
        assertThat(results.hits().getFirst().snippetHtml()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void anEnglishQueryOnTheChinesePageShowsChineseTextMarkedWhereItHasTheWord() {
        for (String word : List.of("anomaly", "LSTM")) {
            SearchResults results = search(word, true);
            assertThat(results.total()).as(word).isPositive();
            results.hits()
                    .forEach(hit -> assertThat(hit.snippetHtml())
                            .as("%s in %s", word, hit.path())
                            .containsPattern("\\p{IsHan}"));
        }
        // Unmarked, the start of the whole Chinese text, not only its first sentence (a label, "仅文字介绍。").
        assertThat(search("surveillance", true).hits())
                .filteredOn(hit -> hit.path().equals("cases/technology-campus-surveillance"))
                .singleElement()
                .satisfies(hit -> assertThat(hit.snippetHtml()).startsWith("仅文字介绍。园区安防系统"));
        // The Chinese market-risk summary names the LSTM: that passage, marked.
        SearchResults lstm = search("LSTM", true);
        assertThat(lstm.hits())
                .filteredOn(hit -> hit.path().equals("cases/finance-market-risk"))
                .singleElement()
                .satisfies(hit -> assertThat(hit.snippetHtml()).contains("<mark>LSTM</mark>"));
    }

    @Test
    void facetCountsMatchTheFilteredResults() {
        for (String text : List.of("", "model", "预测")) {
            SearchResults all = search(text, false);
            long sum = 0;
            for (SearchFacet facet : List.of(SearchFacet.INDUSTRY, SearchFacet.ALGORITHM, SearchFacet.DEMO)) {
                for (String value : facet.options()) {
                    Map<SearchFacet, String> filter = new EnumMap<>(SearchFacet.class);
                    filter.put(facet, value);
                    SearchResults filtered = index.search(new SearchRequest(text, filter, false, 0, 100));
                    assertThat(filtered.total())
                            .as("%s=%s for '%s'", facet, value, text)
                            .isEqualTo(all.count(facet, value));
                    if (facet == SearchFacet.INDUSTRY) {
                        sum += filtered.total();
                    }
                }
            }
            assertThat(sum).as("every case has one industry").isEqualTo(all.total());
        }
        assertThat(search("", false).count(SearchFacet.DEMO, "WRITE_UP")).isEqualTo(1);
    }

    @Test
    void markupInAQueryStaysText() {
        SearchResults results = search("<script>alert(1)</script> model", false);
        results.hits()
                .forEach(hit ->
                        assertThat(hit.snippetHtml()).doesNotContain("<script").doesNotContainPattern("<(?!/?mark>)"));
        assertThat(search("\"unclosed (phrase -", false).total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void refusesOverlongQueriesAndUnknownFilters() {
        assertThatThrownBy(() -> SearchRequest.of("x".repeat(201), Map.of(), false))
                .isInstanceOf(SearchQueryException.class)
                .hasMessage("search.error.toolong");
        assertThatThrownBy(() -> SearchRequest.filters(Map.of(SearchFacet.INDUSTRY, "AGRICULTURE')")))
                .isInstanceOf(SearchQueryException.class)
                .hasMessage("search.error.filter");
        assertThat(SearchRequest.filters(Map.of(SearchFacet.DEMO, "write-up")))
                .containsEntry(SearchFacet.DEMO, "WRITE_UP");
    }
}
