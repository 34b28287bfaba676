package com.lepton.caselibrary.deck;

import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.layout.RoutedPage;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;

/**
 * A full page that shows one of the signed-in user's decks (the presenter, the handout): it opens the deck its
 * route's {@code deckId} names, or says the deck is not found, and takes the deck's title as the page's.
 */
abstract class OwnDeckPage extends RoutedPage {

    protected final DeckService decks;
    protected final DemoService demos;
    protected final DeckService.User user;

    OwnDeckPage(DeckService decks, DemoService demos, AuthenticationContext authentication) {
        this.decks = decks;
        this.demos = demos;
        this.user = Decks.user(authentication);
    }

    @Override
    protected void build(BeforeEnterEvent event) {
        Optional<Deck> found = event.getRouteParameters().getLong("deckId").flatMap(id -> decks.open(id, user));
        if (found.isEmpty()) {
            add(Decks.notFound(this));
            return;
        }
        setPageName(found.get().getTitle());
        show(found.get());
    }

    /** Lays out the opened deck; the page is empty when it is called. */
    abstract void show(Deck deck);
}
