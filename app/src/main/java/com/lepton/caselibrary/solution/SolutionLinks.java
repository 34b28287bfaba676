package com.lepton.caselibrary.solution;

import com.lepton.caselibrary.casepage.RelatedPages;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** On a case page: the solutions the case demonstrates. */
@Component
@RequiredArgsConstructor
class SolutionLinks implements RelatedPages {

    private final SolutionLibrary library;

    @Override
    public String headingKey() {
        return "solution.related";
    }

    @Override
    public List<Link> linksFor(String caseId, String language) {
        return library.forCase(caseId, language).stream()
                .map(solution -> new Link("solutions/" + solution.id(), solution.title()))
                .toList();
    }
}
