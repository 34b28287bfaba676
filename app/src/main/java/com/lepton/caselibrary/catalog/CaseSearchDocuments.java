package com.lepton.caselibrary.catalog;

import com.lepton.caselibrary.content.CaseStudyContent;
import com.lepton.caselibrary.content.CaseStudyLibrary;
import com.lepton.caselibrary.search.PlainText;
import com.lepton.caselibrary.search.SearchDocument;
import com.lepton.caselibrary.search.SearchDocumentSource;
import com.lepton.caselibrary.search.SearchFacet;
import com.lepton.caselibrary.search.SearchKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The catalog's cases as search documents: the catalog entry (live or write-up) with its full write-up text. */
@Component
@RequiredArgsConstructor
class CaseSearchDocuments implements SearchDocumentSource {

    private final CaseEntryRepository cases;
    private final CaseStudyLibrary library;

    @Override
    public List<SearchDocument> searchDocuments() {
        return cases.findAll().stream()
                .map(entry -> document(entry, library.find(entry.getId(), "zh"), library.find(entry.getId(), "en")))
                .toList();
    }

    /** One case's document; a language without its own write-up falls back to the other one's text. */
    static SearchDocument document(CaseEntry entry, Optional<CaseStudyContent> zh, Optional<CaseStudyContent> en) {
        String bodyZh = zh.filter(c -> c.language().equals("zh"))
                .map(CaseSearchDocuments::body)
                .orElse("");
        String bodyEn = en.filter(c -> c.language().equals("en"))
                .map(CaseSearchDocuments::body)
                .orElse("");
        List<String> keywords = new ArrayList<>(entry.getTags());
        keywords.add(entry.getId());
        return SearchDocument.of(SearchKind.CASE, entry.getId(), "cases/" + entry.getId())
                .title(entry.getTitle().zh(), entry.getTitle().en())
                // Tags and id find the case but are no passage: a snippet is summary or write-up text.
                .text(
                        String.join(" ", entry.getSummary().zh(), bodyZh).strip(),
                        String.join(" ", entry.getSummary().en(), bodyEn).strip())
                .keywords(keywords)
                .industry(entry.getIndustry())
                .algorithm(entry.getAlgorithm())
                .dataType(entry.getDataType())
                .demo(entry.isLiveDemo() ? SearchFacet.Demo.LIVE : SearchFacet.Demo.WRITE_UP)
                .build();
    }

    private static String body(CaseStudyContent content) {
        return String.join(
                " ", String.join(" ", content.pipeline()), content.dataName(), PlainText.ofHtml(content.html()));
    }
}
