package com.lepton.caselibrary.catalog;

import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.RoutedPage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/** One industry and its cases, at {@code /industries/manufacturing} etc. */
@AnonymousAllowed
@Route(value = "industries/:industry", layout = MainLayout.class)
@RequiredArgsConstructor
public class IndustryView extends RoutedPage {

    private final CatalogService catalog;

    @Override
    protected void build(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("industry").orElse("");
        Optional<Industry> industry = Arrays.stream(Industry.values())
                .filter(candidate -> candidate.name().toLowerCase(Locale.ROOT).equals(code))
                .findFirst();
        if (industry.isEmpty()) {
            setPageName(getTranslation("error.notfound.title"));
            Paragraph message = new Paragraph(getTranslation("industry.unknown", code));
            message.setId("not-found");
            add(new H1(pageName()), message);
            return;
        }
        setPageName(getTranslation("industry." + industry.get().name()));
        H1 heading = new H1(pageName());
        Paragraph lead =
                new Paragraph(getTranslation("industry." + industry.get().name() + ".lead"));
        lead.addClassName("lead");
        List<CaseEntry> cases = catalog.search(new CaseQuery("", industry.get(), null, null));
        Div grid = new Div();
        grid.addClassName("case-grid");
        cases.forEach(entry -> grid.add(new CaseCard(entry)));
        if (cases.isEmpty()) {
            grid.add(new Paragraph(getTranslation("home.empty")));
        }
        add(heading, lead, grid);
    }
}
