package com.lepton.caselibrary.catalog;

import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.layout.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The front page: what the library is, its four industries with their cases, the seven steps. */
@AnonymousAllowed
@Route(value = "", layout = MainLayout.class)
public class HomeView extends Div implements HasDynamicTitle {

    private final CatalogService catalog;

    public HomeView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("home-view");
        add(configureHero(), configureIndustries(), configurePipeline());
    }

    private Div configureHero() {
        H1 title = new H1(getTranslation("home.title"));
        title.setId("home-title");
        Paragraph lead = new Paragraph(getTranslation("home.lead"));
        lead.addClassName("lead");
        Anchor browse = new Anchor("cases", getTranslation("home.browse"));
        browse.addClassName("primary-link");
        browse.setId("browse-all");
        Div hero = new Div(title, lead, browse);
        hero.addClassName("hero");
        return hero;
    }

    private Div configureIndustries() {
        Div grid = new Div();
        grid.addClassName("industry-grid");
        for (Map.Entry<Industry, List<CaseEntry>> industry :
                catalog.byIndustry().entrySet()) {
            grid.add(industryCard(industry.getKey(), industry.getValue()));
        }
        return grid;
    }

    private Anchor industryCard(Industry industry, List<CaseEntry> cases) {
        String code = industry.name().toLowerCase(Locale.ROOT);
        H2 name = new H2(getTranslation("industry." + industry.name()));
        Paragraph lead = new Paragraph(getTranslation("industry." + industry.name() + ".lead"));
        long live = cases.stream().filter(CaseEntry::isLiveDemo).count();
        Span counts = new Span(getTranslation("home.cases", cases.size()) + " · " + getTranslation("home.live", live));
        counts.addClassName("industry-counts");
        Div titles = new Div();
        titles.addClassName("industry-case-titles");
        cases.forEach(entry -> titles.add(new Span(Languages.pick(entry.getTitle()))));
        if (cases.isEmpty()) {
            titles.add(new Span(getTranslation("home.empty")));
        }
        Anchor card = new Anchor(IndustryLink.path(industry), "");
        card.add(name, lead, counts, titles);
        card.setId("industry-" + code);
        card.addClassNames("industry-card", "industry-" + code);
        return card;
    }

    private Div configurePipeline() {
        Div steps = new Div();
        steps.addClassName("pipeline-mini");
        for (int step = 1; step <= 7; step++) {
            Span item = new Span(step + " · " + getTranslation("pipeline." + step));
            item.addClassName("pipeline-mini-step");
            steps.add(item);
        }
        Div section = new Div(new H2(getTranslation("home.pipeline")), steps);
        section.addClassName("home-pipeline");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
