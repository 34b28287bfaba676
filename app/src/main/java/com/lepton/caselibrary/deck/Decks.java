package com.lepton.caselibrary.deck;

import com.lepton.caselibrary.demo.BatchDemoService;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;

/** Small helpers the deck views share. */
final class Decks {

    private Decks() {}

    /** Says a deck is not found (gone, or not the user's) and leads back to the deck list. */
    static Component[] notFound(Component page) {
        Paragraph missing = new Paragraph(page.getTranslation("deck.error.notfound"));
        missing.setId("deck-missing");
        return new Component[] {missing, new Anchor("decks", page.getTranslation("decks.back"))};
    }

    static DeckService.User user(AuthenticationContext authentication) {
        return new DeckService.User(authentication.getPrincipalName().orElseThrow(), authentication.hasRole("ADMIN"));
    }

    /** The case's title in the page's language, or its id once its plugin is gone. */
    static String caseTitle(Optional<LoadedCase> loaded, String caseId) {
        return LoadedCase.titleOr(loaded, caseId, Languages.current());
    }

    /** The sample's label in the page's language, or its id. */
    static String sampleLabel(Optional<LoadedCase> loaded, String sampleId) {
        return loaded.flatMap(c -> BatchDemoService.allSamples(c).stream()
                        .filter(s -> s.id().equals(sampleId))
                        .findFirst())
                .map(s -> Languages.pick(s.label()))
                .orElse(sampleId);
    }
}
