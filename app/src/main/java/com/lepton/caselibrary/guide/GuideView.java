package com.lepton.caselibrary.guide;

import com.lepton.caselibrary.content.Formulas;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.NotFoundPanel;
import com.lepton.caselibrary.layout.RoutedPage;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * The guide: the customer's article (its concepts, pipeline, algorithms, code, resources, trends
 * and FAQ) as pages of the portal, each page linked to the cases that put it into practice.
 */
@AnonymousAllowed
@Route(value = "guide/:page?", layout = MainLayout.class)
@JavaScript(Formulas.KATEX_JS)
@StyleSheet(Formulas.KATEX_CSS)
@RequiredArgsConstructor
public class GuideView extends RoutedPage {

    /** The page that {@code /guide} shows. */
    static final String FIRST_PAGE = "about";

    private final GuideLibrary library;
    private final GuideInserts inserts;

    @Override
    protected void build(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("page").orElse(FIRST_PAGE);
        String language = Languages.code(getLocale());
        Optional<GuidePage> page = library.find(slug, language);
        add(configureNavigation(library.pages(language), slug));
        if (page.isEmpty()) {
            add(configureNotFound(slug));
            return;
        }
        setPageName(page.get().title());
        add(configureArticle(page.get()));
    }

    private Nav configureNavigation(List<GuidePage> pages, String current) {
        OrderedList list = new OrderedList();
        for (GuidePage page : pages) {
            Anchor link = new Anchor("guide/" + page.slug(), page.title());
            link.setId("guide-link-" + page.slug());
            if (page.slug().equals(current)) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(new ListItem(link));
        }
        Nav nav = new Nav(list);
        nav.setId("guide-nav");
        nav.addClassName("guide-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("guide.nav"));
        return nav;
    }

    private Div configureArticle(GuidePage page) {
        H1 heading = new H1(page.title());
        heading.setId("guide-title");
        Paragraph lead = new Paragraph(page.summary());
        lead.addClassName("lead");
        Div body = new Div();
        body.setId("guide-content");
        body.addClassNames("case-content", "guide-content");
        // The page was sanitized when it was loaded; the inserts escape what they add.
        body.getElement().setProperty("innerHTML", inserts.expand(page.html(), getLocale()));
        body.getElement().executeJs(Formulas.RENDER_MATH);
        Paragraph sections = new Paragraph(getTranslation("guide.sections", String.join(", ", page.seedSections())));
        sections.addClassName("guide-sections");
        Div article = new Div(heading, lead, body, sections);
        article.addClassName("guide-article");
        article.getElement().setAttribute("data-page", page.slug());
        return article;
    }

    private NotFoundPanel configureNotFound(String slug) {
        setPageName(getTranslation("guide.notfound.title"));
        return new NotFoundPanel(
                pageName(),
                getTranslation("guide.notfound.text", slug),
                "guide",
                getTranslation("guide.notfound.back"));
    }
}
