package com.lepton.caselibrary.solution;

import com.lepton.caselibrary.search.PlainText;
import com.lepton.caselibrary.search.SearchDocument;
import com.lepton.caselibrary.search.SearchDocumentSource;
import com.lepton.caselibrary.search.SearchKind;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The solutions as search documents: title, summary, reference architecture, data needs, risks and body. */
@Component
@RequiredArgsConstructor
class SolutionSearchDocuments implements SearchDocumentSource {

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?。！？…]$");

    private final SolutionLibrary library;

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
        boolean chinese = "zh".equals(solution.language());
        return String.join(
                " ",
                solution.summary(),
                sentences(solution.pipeline(), chinese),
                sentences(solution.dataNeeds(), chinese),
                sentences(solution.risks(), chinese),
                PlainText.ofHtml(solution.html()));
    }

    /**
     * A list's items as sentences: the highlighter cuts a hit's passage at sentence ends, so items without a full stop
     * would run into one another in the snippet ("how fast they must be told Seasonal or planned changes…").
     */
    static String sentences(List<String> items, boolean chinese) {
        return items.stream()
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .map(item -> ENDS_SENTENCE.matcher(item).find() ? item : item + (chinese ? "。" : "."))
                .collect(Collectors.joining(" "));
    }
}
