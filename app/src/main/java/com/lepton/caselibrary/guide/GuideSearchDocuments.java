package com.lepton.caselibrary.guide;

import com.lepton.caselibrary.search.PlainText;
import com.lepton.caselibrary.search.SearchDocument;
import com.lepton.caselibrary.search.SearchDocumentSource;
import com.lepton.caselibrary.search.SearchKind;
import java.util.List;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The guide's pages as search documents: title, summary and body text in both languages. */
@Component
@RequiredArgsConstructor
class GuideSearchDocuments implements SearchDocumentSource {

    // Inserts such as [[cases:LSTM]] are filled at view time from the catalogue; the catalogue is indexed on its own.
    private static final Pattern INSERT = Pattern.compile("\\[\\[[^\\]]*]]");

    private final GuideLibrary library;

    @Override
    public List<SearchDocument> searchDocuments() {
        return library.pages("en").stream()
                .map(en -> SearchDocument.of(SearchKind.GUIDE, en.slug(), "guide/" + en.slug())
                        .bilingual(
                                library.find(en.slug(), "zh").orElse(en),
                                en,
                                GuidePage::title,
                                GuideSearchDocuments::text)
                        .build())
                .toList();
    }

    static String text(GuidePage page) {
        return page.summary() + " "
                + INSERT.matcher(PlainText.ofHtml(page.html())).replaceAll(" ");
    }
}
