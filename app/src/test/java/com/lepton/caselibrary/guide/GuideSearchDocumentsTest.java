package com.lepton.caselibrary.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.content.MarkdownRenderer;
import com.lepton.caselibrary.search.SearchDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuideSearchDocumentsTest {

    private final GuideLibrary library = new GuideLibrary(new MarkdownRenderer());

    @Test
    void everyGuidePageBecomesOneDocumentWithItsTextInBothLanguages() {
        List<SearchDocument> documents = new GuideSearchDocuments(library).searchDocuments();

        assertThat(documents).hasSameSizeAs(library.pages("en")).hasSameSizeAs(library.pages("zh"));
        assertThat(documents).extracting(SearchDocument::key).contains("GUIDE:algorithms", "GUIDE:faq");
    }

    @Test
    void bodyTextIsPlainWithoutViewTimeInserts() {
        GuidePage algorithmsZh = library.find("algorithms", "zh").orElseThrow();
        GuidePage algorithmsEn = library.find("algorithms", "en").orElseThrow();

        String zh = GuideSearchDocuments.text(algorithmsZh);
        String en = GuideSearchDocuments.text(algorithmsEn);

        assertThat(en).contains("LSTM").doesNotContain("[[", "<p>", "<span");
        assertThat(zh).contains("长短期记忆").doesNotContain("[[", "<p>");
    }
}
