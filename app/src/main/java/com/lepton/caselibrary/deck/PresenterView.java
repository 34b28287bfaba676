package com.lepton.caselibrary.deck;

import com.lepton.caselibrary.demo.DemoService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The consultant presents a deck: slides with talking points, no portal chrome, keyboard to move. */
@Route("decks/:deckId/present")
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class PresenterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DeckService decks;
    private final DemoService demos;
    private final DeckService.User user;
    private String title = "";

    public PresenterView(DeckService decks, DemoService demos, AuthenticationContext authentication) {
        this.decks = decks;
        this.demos = demos;
        this.user = Decks.user(authentication);
        addClassName("presenter-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        event.getRouteParameters()
                .getLong("deckId")
                .flatMap(id -> decks.open(id, user))
                .ifPresentOrElse(
                        deck -> {
                            title = deck.getTitle();
                            add(new DeckSlides(deck, decks, demos.currentVisitor(), true));
                        },
                        () -> {
                            Paragraph missing = new Paragraph(getTranslation("deck.error.notfound"));
                            missing.setId("deck-missing");
                            add(missing, new Anchor("decks", getTranslation("decks.back")));
                        });
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
