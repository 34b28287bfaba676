package com.lepton.caselibrary.solution;

import com.lepton.caselibrary.search.PlainText;
import com.lepton.caselibrary.search.SearchDocument;
import com.lepton.caselibrary.search.SearchDocumentSource;
import com.lepton.caselibrary.search.SearchKind;
import java.util.List;
import org.springframework.stereotype.Component;

/** The solutions as search documents: title, summary, reference architecture, data needs, risks and body. */
@Component
class SolutionSearchDocuments implements SearchDocumentSource {

    private final SolutionLibrary library;

    SolutionSearchDocuments(SolutionLibrary library) {
        this.library = library;
    }

    @Override
    public List<SearchDocument> searchDocuments() {
        return library.all("en").stream()
                .map(en -> SearchDocument.of(SearchKind.SOLUTION, en.id(), "solutions/" + en.id())
                        .bilingual(
                                library.find(en.id(), "zh").orElse(en),
                                en,
                                Solution::title,
                                SolutionSearchDocuments::text)
                        .industry(en.industry())
                        .build())
                .toList();
    }

    private static String text(Solution solution) {
        return String.join(
                " ",
                solution.summary(),
                String.join(" ", solution.pipeline()),
                String.join(" ", solution.dataNeeds()),
                String.join(" ", solution.risks()),
                PlainText.ofHtml(solution.html()));
    }
}
