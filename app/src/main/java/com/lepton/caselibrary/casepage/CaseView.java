package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.catalog.CaseEntry;
import com.lepton.caselibrary.catalog.CatalogService;
import com.lepton.caselibrary.catalog.IndustryLink;
import com.lepton.caselibrary.content.CaseStudyContent;
import com.lepton.caselibrary.content.CaseStudyLibrary;
import com.lepton.caselibrary.content.Formulas;
import com.lepton.caselibrary.demo.BatchPanel;
import com.lepton.caselibrary.demo.ClassNames;
import com.lepton.caselibrary.demo.DemoPanel;
import com.lepton.caselibrary.demo.LiveDemos;
import com.lepton.caselibrary.demorequest.DemoRequestService;
import com.lepton.caselibrary.demorequest.RequestDemoPanel;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.NotFoundPanel;
import com.lepton.caselibrary.layout.PageHeader;
import com.lepton.caselibrary.layout.RoutedPage;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.web.PublicUrl;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * A case: its summary, the live demo beside the model card, the seven-step pipeline, the
 * write-up with formulas, and where its data comes from.
 */
@AnonymousAllowed
@Route(value = "cases/:caseId", layout = MainLayout.class)
@JavaScript(Formulas.KATEX_JS)
@StyleSheet(Formulas.KATEX_CSS)
@RequiredArgsConstructor
public class CaseView extends RoutedPage {

    private final CatalogService catalog;
    private final CaseStudyLibrary library;
    private final LiveDemos demos;
    private final ModelCardReader modelCards;
    private final ClassNames classNames;
    private final List<RelatedPages> related;
    private final DemoRequestService requests;
    private final PublicUrl publicUrl;

    @Override
    protected void build(BeforeEnterEvent event) {
        String caseId = event.getRouteParameters().get("caseId").orElse("");
        Optional<CaseEntry> entry = catalog.find(caseId);
        if (entry.isEmpty()) {
            showNotFound(caseId);
            return;
        }
        Optional<CaseStudyContent> content = library.find(caseId, Languages.code(getLocale()));
        setPageName(Languages.pick(entry.get().getTitle()));
        add(configureHeader(entry.get()));
        boolean writeUpOnly = content.map(found -> !found.liveDemo()).orElse(false);
        add(configureLive(
                caseId, writeUpOnly, event.getLocation().getQueryParameters().getSingleParameter("sample")));
        add(new PipelineDiagram(content.map(CaseStudyContent::pipeline).orElse(List.of())));
        add(configureArticle(content));
        content.ifPresent(found -> add(configureSource(found)));
        add(new RequestDemoPanel(requests, "/cases/" + caseId));
        related.forEach(pages -> configureRelated(caseId, pages));
        demos.liveCase(caseId).ifPresent(loaded -> add(new CodePanel(loaded, publicUrl)));
    }

    /** Links to other pages that belong with this case, e.g. the solutions it demonstrates. */
    private void configureRelated(String caseId, RelatedPages pages) {
        List<RelatedPages.Link> links = pages.linksFor(caseId, Languages.code(getLocale()));
        if (links.isEmpty()) {
            return;
        }
        Div section = new Div(new H2(getTranslation(pages.headingKey())));
        section.addClassName("case-related");
        links.forEach(link -> {
            Anchor anchor = new Anchor(link.path(), link.text());
            anchor.addClassName("related-link");
            section.add(new Paragraph(anchor));
        });
        add(section);
    }

    private PageHeader configureHeader(CaseEntry entry) {
        return new PageHeader(
                "case-title",
                pageName(),
                Languages.pick(entry.getSummary()),
                new IndustryLink(entry.getIndustry()),
                new Span(getTranslation("algorithm." + entry.getAlgorithm().name())),
                new Span(getTranslation("datatype." + entry.getDataType().name())));
    }

    /**
     * The live demo and model card; {@code presetSample}, from a shared link, runs at once. A case written
     * without a model ({@code demo: none}) says so plainly; a live case whose plugin is off says it is offline.
     */
    private Div configureLive(String caseId, boolean writeUpOnly, Optional<String> presetSample) {
        Div live = new Div();
        live.addClassName("case-live");
        Optional<LoadedCase> loaded = demos.liveCase(caseId);
        if (loaded.isPresent()) {
            DemoPanel panel = demos.panel(loaded.get());
            live.add(panel);
            // A text demo that also takes a batch of posts (plugin-api 1.3.0) gets the batch panel under it.
            Optional<BatchPanel> batchPanel = demos.batchPanel(loaded.get());
            batchPanel.ifPresent(live::add);
            presetSample.ifPresent(sample -> batchPanel
                    .filter(b -> b.hasSample(sample))
                    .ifPresentOrElse(b -> b.runPreset(sample), () -> panel.runPreset(sample)));
            live.add(modelCards
                    .read(loaded.get())
                    .<Div>map(card ->
                            new ModelCardPanel(card, classNames.of(loaded.get(), card.classLabels()), getLocale()))
                    .orElseGet(ModelCardPanel::missing));
        } else {
            // A write-up-only case is headed as such, not "Live demo" over a line saying there is none.
            Div none = new Div(
                    new H2(getTranslation(writeUpOnly ? "card.read" : "demo.title")),
                    new Paragraph(getTranslation(writeUpOnly ? "demo.writeup-only" : "demo.none")));
            none.setId("demo-none");
            none.addClassName("demo-panel");
            live.add(none);
        }
        return live;
    }

    private Div configureArticle(Optional<CaseStudyContent> content) {
        Div article = new Div();
        article.setId("case-content");
        article.addClassName("case-content");
        if (content.isPresent()) {
            // The HTML was sanitized by the Markdown renderer when the write-up was loaded.
            article.getElement().setProperty("innerHTML", content.get().html());
            article.getElement().executeJs(Formulas.RENDER_MATH);
        } else {
            article.add(new Paragraph(getTranslation("case.content.missing")));
        }
        return article;
    }

    private Div configureSource(CaseStudyContent content) {
        Div source = new Div(new H2(getTranslation("case.source")));
        source.setId("data-source");
        source.addClassName("data-source");
        Anchor name = new Anchor(content.dataUrl(), content.dataName());
        name.getElement().setAttribute("rel", "nofollow noopener noreferrer");
        source.add(new Paragraph(name));
        // The label's colon is the translation's: Chinese takes a full-width one.
        source.add(new Paragraph(getTranslation("case.source.licence", content.dataLicence())));
        source.add(new Paragraph(getTranslation("case.source.origin", content.dataOrigin())));
        return source;
    }

    private void showNotFound(String caseId) {
        setPageName(getTranslation("case.notfound.title"));
        add(new NotFoundPanel(
                pageName(),
                getTranslation("case.notfound.text", caseId),
                "cases",
                getTranslation("case.notfound.back")));
    }
}
