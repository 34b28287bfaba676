package com.lepton.caselibrary.guide;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.lepton.caselibrary.api.AlgorithmFamily;
import java.util.List;

/**
 * The guide's lists of cases, as HTML built from the live catalog: every text is escaped here,
 * since it is inserted beside the sanitized Markdown.
 */
final class CaseLinks {

    /**
     * A case as the guide lists it.
     *
     * @param id        the case id, the link's target under {@code cases/}
     * @param title     the title in the page's language
     * @param algorithm the case's model family
     * @param live      whether its model runs in the portal now
     * @param detail    an extra line (e.g. the case's own pipeline step), or empty
     */
    record CaseLink(String id, String title, AlgorithmFamily algorithm, boolean live, String detail) {}

    /** The words the lists need, in the page's language. */
    record Labels(String live, String writeUpOnly, String none) {}

    private CaseLinks() {}

    /** The cases that use one model family, in the order given. */
    static List<CaseLink> using(List<CaseLink> cases, AlgorithmFamily algorithm) {
        return cases.stream().filter(link -> link.algorithm() == algorithm).toList();
    }

    /** A list of links to the cases, each marked live or write-up only; a short note when there are none. */
    static String html(List<CaseLink> cases, Labels labels) {
        if (cases.isEmpty()) {
            return "<p class=\"guide-empty\">" + htmlEscape(labels.none()) + "</p>";
        }
        StringBuilder html = new StringBuilder("<ul class=\"guide-cases\">");
        for (CaseLink link : cases) {
            html.append("<li><a href=\"cases/")
                    .append(htmlEscape(link.id()))
                    .append("\">")
                    .append(htmlEscape(link.title()))
                    .append("</a> <span class=\"badge ")
                    .append(link.live() ? "badge-live\">" : "badge-read\">")
                    .append(htmlEscape(link.live() ? labels.live() : labels.writeUpOnly()))
                    .append("</span>");
            if (!link.detail().isBlank()) {
                html.append("<span class=\"guide-case-detail\">")
                        .append(htmlEscape(link.detail()))
                        .append("</span>");
            }
            html.append("</li>");
        }
        return html.append("</ul>").toString();
    }
}
