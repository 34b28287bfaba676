package com.lepton.caselibrary.solution;

import com.lepton.caselibrary.casepage.PipelineDiagram;
import com.lepton.caselibrary.catalog.CaseCard;
import com.lepton.caselibrary.catalog.CatalogService;
import com.lepton.caselibrary.catalog.IndustryLink;
import com.lepton.caselibrary.demo.LiveDemos;
import com.lepton.caselibrary.demorequest.DemoRequestService;
import com.lepton.caselibrary.demorequest.RequestDemoPanel;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageHeader;
import com.lepton.caselibrary.layout.RoutedPage;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * One solution: the business problem, the installed cases that demonstrate it (live ones run
 * here), the reference architecture, the data to bring, deployment sized from measured throughput,
 * and the typical risks.
 */
@AnonymousAllowed
@Route(value = "solutions/:solutionId", layout = MainLayout.class)
@RequiredArgsConstructor
public class SolutionView extends RoutedPage {

    private final SolutionLibrary library;
    private final CatalogService catalog;
    private final LiveDemos demos;
    private final SolutionSizing sizing;
    private final AuthenticationContext authentication;
    private final DemoRequestService requests;

    @Override
    protected void build(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("solutionId").orElse("");
        Solution solution = library.find(id, Languages.code(getLocale())).orElseThrow(NotFoundException::new);
        setPageName(solution.title());
        add(configureHeader(solution), configureProblem(solution), configureCases(solution));
        add(new PipelineDiagram(solution.pipeline(), "solution.architecture"));
        add(list("solution.data", "solution-data", solution.dataNeeds()));
        boolean consultant = authentication.hasAnyRole("CONSULTANT", "ADMIN");
        add(new SizingPanel(
                solution,
                sizing,
                caseId -> catalog.find(caseId)
                        .map(entry -> Languages.pick(entry.getTitle()))
                        .orElse(caseId),
                consultant ? authentication.getPrincipalName() : Optional.empty()));
        add(list("solution.risks", "solution-risks", solution.risks()));
        add(new RequestDemoPanel(requests, "/solutions/" + id));
    }

    private PageHeader configureHeader(Solution solution) {
        return new PageHeader(
                "solution-title",
                solution.title(),
                solution.summary(),
                new Anchor("solutions", getTranslation("solutions.title")),
                new IndustryLink(solution.industry()));
    }

    private Div configureProblem(Solution solution) {
        Div article = new Div();
        article.setId("solution-content");
        article.addClassName("case-content");
        // Sanitized by the Markdown renderer when the solution was loaded.
        article.getElement().setProperty("innerHTML", solution.html());
        return article;
    }

    /** The installed cases only; a live one can be run here, opened on demand. */
    private Div configureCases(Solution solution) {
        Div section = new Div(new H2(getTranslation("solution.cases")));
        section.setId("solution-cases");
        Div grid = new Div();
        grid.addClassName("case-grid");
        section.add(grid);
        solution.cases().forEach(caseId -> catalog.find(caseId).ifPresent(entry -> grid.add(new CaseCard(entry))));
        for (String caseId : solution.cases()) {
            demos.liveCase(caseId).ifPresent(loaded -> {
                Details run = new Details(getTranslation(
                        "solution.run", Languages.pick(loaded.descriptor().title())));
                run.setId("run-" + caseId);
                run.addClassName("solution-run");
                run.addOpenedChangeListener(opened -> {
                    if (opened.isOpened() && run.getContent().findAny().isEmpty()) {
                        run.add(demos.panel(loaded));
                    }
                });
                section.add(run);
            });
        }
        if (grid.getComponentCount() == 0) {
            section.add(new Paragraph(getTranslation("solution.cases.none")));
        }
        return section;
    }

    private Div list(String headingKey, String id, List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        Div section = new Div(new H2(getTranslation(headingKey)), list);
        section.setId(id);
        section.addClassName("solution-section");
        return section;
    }
}
