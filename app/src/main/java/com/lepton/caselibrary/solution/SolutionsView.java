package com.lepton.caselibrary.solution;

import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;

/** The solutions index: every offering, grouped by industry. */
@AnonymousAllowed
@Route(value = "solutions", layout = MainLayout.class)
public class SolutionsView extends Div implements HasDynamicTitle {

    public SolutionsView(SolutionLibrary library) {
        addClassName("solutions-view");
        Paragraph lead = new Paragraph(getTranslation("solutions.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("solutions.title")), lead);
        List<Solution> all = library.all(Languages.code(getLocale()));
        for (Industry industry : Industry.values()) {
            List<Solution> ofIndustry =
                    all.stream().filter(s -> s.industry() == industry).toList();
            if (ofIndustry.isEmpty()) {
                continue;
            }
            Div grid = new Div();
            grid.addClassName("case-grid");
            ofIndustry.forEach(solution -> grid.add(card(solution)));
            Div section = new Div(new H2(getTranslation("industry." + industry.name())), grid);
            section.addClassName("solutions-industry");
            section.setId("solutions-" + industry.name().toLowerCase(Locale.ROOT));
            add(section);
        }
    }

    private Anchor card(Solution solution) {
        Span badge = new Span(getTranslation("solution.badge"));
        badge.addClassNames("badge", "badge-solution");
        Paragraph summary = new Paragraph(solution.summary());
        summary.addClassName("case-summary");
        Span cases =
                new Span(getTranslation("solution.cases.count", solution.cases().size()));
        cases.addClassName("chip");
        Anchor card = new Anchor("solutions/" + solution.id(), "");
        card.add(badge, new H3(solution.title()), summary, new Span(cases));
        card.addClassName("case-card");
        card.setId("solution-" + solution.id());
        return card;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("solutions.title"));
    }
}
