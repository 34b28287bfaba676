package com.lepton.caselibrary.deck;

import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.layout.RoutedPage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A deck opened from its share link, read-only and without the consultant's talking points; the
 * demos run live with the viewer's own visitor quota. A wrong or withdrawn link says so plainly.
 */
@Route("shared/:token")
@AnonymousAllowed
public class SharedDeckView extends RoutedPage {

    private final DeckService decks;
    private final DemoService demos;

    public SharedDeckView(DeckService decks, DemoService demos) {
        this.decks = decks;
        this.demos = demos;
        addClassName("presenter-page");
    }

    @Override
    protected void build(BeforeEnterEvent event) {
        decks.shared(event.getRouteParameters().get("token").orElse(""))
                .ifPresentOrElse(
                        deck -> {
                            setPageName(deck.getTitle());
                            add(new DeckSlides(deck, decks, demos.currentVisitor(), false));
                        },
                        () -> {
                            setPageName(getTranslation("shared.missing.title"));
                            Div missing = new Div(
                                    new H1(pageName()),
                                    new Paragraph(getTranslation("shared.missing.text")),
                                    new Anchor("", getTranslation("notfound.home")));
                            missing.setId("shared-missing");
                            missing.addClassName("shared-missing");
                            add(missing);
                        });
    }
}
