package com.lepton.caselibrary.deck;

import com.lepton.caselibrary.demo.DemoOutcome;
import com.lepton.caselibrary.demo.DemoResults;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;

/**
 * A deck shown slide by slide, large enough for a projector: the case, the talking points, and
 * the demo run live on the preset sample. Arrow keys, Page Up/Down and the space bar move between
 * slides; "Full screen" asks the browser for full screen (Esc leaves it).
 */
class DeckSlides extends Div {

    private final Deck deck;
    private final DeckService decks;
    private final Requester visitor;
    private final boolean showNotes;
    private final Div slide = new Div();
    private final Span counter = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();
    private int current;

    DeckSlides(Deck deck, DeckService decks, Requester visitor, boolean showNotes) {
        this.deck = deck;
        this.decks = decks;
        this.visitor = visitor;
        this.showNotes = showNotes;
        setId("presenter");
        addClassName("presenter");
        getElement().setAttribute("tabindex", "0");
        previous.setText(getTranslation("present.previous"));
        previous.addClickListener(click -> step(-1));
        previous.setId("present-previous");
        next.setText(getTranslation("present.next"));
        next.addClickListener(click -> step(1));
        next.setId("present-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fullScreen = new Button(
                getTranslation("present.fullscreen"),
                click -> getElement().executeJs("this.requestFullscreen && this.requestFullscreen()"));
        fullScreen.setId("present-fullscreen");
        counter.setId("present-counter");
        counter.getElement().setAttribute("aria-live", "polite");
        Div bar = new Div(new Span(deck.getTitle()), counter, previous, next, fullScreen);
        bar.addClassName("presenter-bar");
        slide.setId("present-slide");
        slide.addClassName("presenter-slide");
        add(bar, slide);
        for (Key key : List.of(Key.ARROW_RIGHT, Key.PAGE_DOWN, Key.SPACE)) {
            Shortcuts.addShortcutListener(this, () -> step(1), key).listenOn(this);
        }
        for (Key key : List.of(Key.ARROW_LEFT, Key.PAGE_UP)) {
            Shortcuts.addShortcutListener(this, () -> step(-1), key).listenOn(this);
        }
        go(0);
    }

    /**
     * The slide {@code by} away, if there is one: past either end nothing happens (the last slide's "Next" and the
     * first's "Previous" looked live and ran the same slide's demo again).
     */
    private void step(int by) {
        int target = current + by;
        if (target >= 0 && target < deck.getItems().size()) {
            go(target);
        }
    }

    private void go(int index) {
        List<DeckItem> items = deck.getItems();
        previous.setEnabled(index > 0);
        next.setEnabled(index < items.size() - 1);
        if (items.isEmpty()) {
            slide.removeAll();
            slide.add(new H1(deck.getTitle()), new Paragraph(getTranslation("deck.empty")));
            counter.setText("0 / 0");
            return;
        }
        current = Math.max(0, Math.min(items.size() - 1, index));
        DeckItem item = items.get(current);
        counter.setText((current + 1) + " / " + items.size());
        Optional<LoadedCase> loaded = decks.liveCase(item.getCaseId());
        H1 title = new H1(Decks.caseTitle(loaded, item.getCaseId()));
        title.setId("present-title");
        Paragraph summary = new Paragraph(
                loaded.map(c -> Languages.pick(c.descriptor().summary())).orElse(""));
        summary.addClassName("lead");
        decks.clientOf(item).ifPresent(client -> {
            Span model = new Span(getTranslation("deck.model.client", client, item.getClientModel()));
            model.setId("present-model");
            model.addClassName("presenter-model");
            summary.add(model);
        });
        Div result =
                new Div(new Span(getTranslation("present.running", Decks.sampleLabel(loaded, item.getSampleId()))));
        result.setId("present-result");
        result.addClassName("presenter-result");
        slide.removeAll();
        slide.add(title, summary);
        if (showNotes && !item.getNotes().isEmpty()) {
            Paragraph notes = new Paragraph(item.getNotes());
            notes.setId("present-notes");
            notes.addClassName("presenter-notes");
            slide.add(new H2(getTranslation("present.notes")), notes);
        }
        slide.add(result);
        getElement().executeJs("this.focus()");
        UI ui = UI.getCurrent();
        int shown = current;
        decks.warm(List.of(item), visitor)
                .thenAccept(outcomes -> ui.access(() -> {
                    if (shown != current) {
                        return;
                    }
                    DemoOutcome outcome = outcomes.getFirst();
                    result.removeAll();
                    if (outcome.succeeded()) {
                        result.add(
                                new Span(getTranslation(
                                        "present.sample", Decks.sampleLabel(loaded, item.getSampleId()))),
                                DemoResults.view(outcome, getLocale()));
                        result.getElement().setAttribute("data-ready", "true");
                    } else {
                        result.add(new Paragraph(DemoResults.message(outcome, getLocale())));
                    }
                }));
    }
}
