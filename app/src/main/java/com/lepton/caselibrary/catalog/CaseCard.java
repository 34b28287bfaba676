package com.lepton.caselibrary.catalog;

import com.lepton.caselibrary.i18n.Languages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A case in a list: title, summary, algorithm and data chips, live badge; the whole card links to the case. */
public class CaseCard extends Anchor {

    public CaseCard(CaseEntry entry) {
        setHref("cases/" + entry.getId());
        setId("case-" + entry.getId());
        addClassName("case-card");

        Span badge = new Span(getTranslation(entry.isLiveDemo() ? "card.live" : "card.read"));
        badge.addClassNames("badge", entry.isLiveDemo() ? "badge-live" : "badge-read");

        Span industry = chip(getTranslation("industry." + entry.getIndustry().name()));
        Span algorithm = chip(entry.getAlgorithm().name());
        Span data = chip(getTranslation("datatype." + entry.getDataType().name()));
        Span chips = new Span(industry, algorithm, data);
        chips.addClassName("chips");

        H3 title = new H3(Languages.pick(entry.getTitle()));
        Paragraph summary = new Paragraph(Languages.pick(entry.getSummary()));
        summary.addClassName("case-summary");
        add(badge, title, summary, chips);
    }

    private static Span chip(String text) {
        Span chip = new Span(text);
        chip.addClassName("chip");
        return chip;
    }
}
