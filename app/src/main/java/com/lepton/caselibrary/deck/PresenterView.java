package com.lepton.caselibrary.deck;

import com.lepton.caselibrary.demo.DemoService;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The consultant presents a deck: slides with talking points, no portal chrome, keyboard to move. */
@Route("decks/:deckId/present")
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class PresenterView extends OwnDeckPage {

    public PresenterView(DeckService decks, DemoService demos, AuthenticationContext authentication) {
        super(decks, demos, authentication);
        addClassName("presenter-page");
    }

    @Override
    void show(Deck deck) {
        add(new DeckSlides(deck, decks, demos.currentVisitor(), true));
    }
}
