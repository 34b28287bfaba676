package com.lepton.caselibrary.deck;

import com.lepton.caselibrary.demo.BatchDemoService;
import com.lepton.caselibrary.demo.DemoOutcome;
import com.lepton.caselibrary.demo.DemoResults;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.layout.PageTitles;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A deck's handout: every slide with its case, sample, talking points and the result its demo
 * gives now, laid out for paper; "Print or save as PDF" hands it to the browser's print dialog.
 */
@Route("decks/:deckId/handout")
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class HandoutView extends OwnDeckPage {

    public HandoutView(DeckService decks, DemoService demos, AuthenticationContext authentication) {
        super(decks, demos, authentication);
        addClassName("handout");
        setId("handout");
    }

    @Override
    void show(Deck deck) {
        Button print = new Button(
                getTranslation("handout.print"), click -> getElement().executeJs("window.print()"));
        print.setId("handout-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor back = new Anchor("decks/" + deck.getId(), getTranslation("decks.back"));
        Div toolbar = new Div(back, print);
        toolbar.addClassNames("handout-toolbar", "no-print");
        Paragraph meta = new Paragraph(getTranslation(
                "handout.meta", deck.getClient(), LocalDate.now(ZoneOffset.UTC).toString(), user.name()));
        meta.addClassName("lead");
        add(toolbar, new H1(deck.getTitle()), meta);

        List<DeckItem> items = deck.getItems();
        List<Div> results = items.stream()
                .map(item -> {
                    Optional<LoadedCase> loaded = decks.liveCase(item.getCaseId());
                    Div result = new Div(new Paragraph(
                            getTranslation("present.running", Decks.sampleLabel(loaded, item.getSampleId()))));
                    result.addClassName("handout-result");
                    Div slide = new Div(
                            new H2((item.getPosition() + 1) + ". " + Decks.caseTitle(loaded, item.getCaseId())),
                            new Paragraph(loaded.map(
                                            c -> Languages.pick(c.descriptor().summary()))
                                    .orElse("")),
                            new Paragraph(
                                    getTranslation("deck.sample", Decks.sampleLabel(loaded, item.getSampleId()))));
                    // A slide that runs the client's own model says so, as the presenter's slide does.
                    decks.clientOf(item).ifPresent(client -> {
                        Paragraph model =
                                new Paragraph(getTranslation("deck.model.client", client, item.getClientModel()));
                        model.addClassName("handout-model");
                        slide.add(model);
                    });
                    if (!item.getNotes().isEmpty()) {
                        Paragraph notes = new Paragraph(item.getNotes());
                        notes.addClassName("presenter-notes");
                        slide.add(notes);
                    }
                    input(loaded, item.getSampleId()).ifPresent(slide::add);
                    slide.add(result);
                    slide.addClassName("handout-slide");
                    add(slide);
                    return result;
                })
                .toList();
        UI ui = UI.getCurrent();
        decks.warm(items, demos.currentVisitor())
                .thenAccept(outcomes -> ui.access(() -> {
                    for (int i = 0; i < outcomes.size(); i++) {
                        DemoOutcome outcome = outcomes.get(i);
                        Div result = results.get(i);
                        result.removeAll();
                        if (outcome.succeeded()) {
                            result.add(DemoResults.view(outcome, getLocale()));
                            result.getElement().setAttribute("data-ready", "true");
                        } else {
                            result.add(new Paragraph(getTranslation("deck.not-ready")));
                        }
                    }
                    getElement().setAttribute("data-complete", "true");
                }));
    }

    /** The sample as the reader should see it: the picture, or the message; a series is drawn by the result's chart. */
    private static Optional<Component> input(Optional<LoadedCase> loaded, String sampleId) {
        return loaded.flatMap(c -> BatchDemoService.allSamples(c).stream()
                .filter(s -> s.id().equals(sampleId))
                .findFirst()
                .flatMap(sample -> c.resource(sample.resourcePath()).map(bytes -> {
                    String path = sample.resourcePath().toLowerCase(Locale.ROOT);
                    if (path.endsWith(".png") || path.endsWith(".jpg") || path.endsWith(".jpeg")) {
                        Image image = new Image(
                                "data:image/" + (path.endsWith(".png") ? "png" : "jpeg") + ";base64,"
                                        + Base64.getEncoder().encodeToString(bytes),
                                Languages.pick(sample.label()));
                        image.addClassName("handout-input-image");
                        return (Component) image;
                    }
                    if (path.endsWith(".txt")) {
                        String text = new String(bytes, StandardCharsets.UTF_8).strip();
                        Paragraph message = new Paragraph(text.length() > 600 ? text.substring(0, 600) + "…" : text);
                        message.addClassName("handout-input-text");
                        return message;
                    }
                    return null;
                })));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, pageName() + " · " + getTranslation("handout.title"));
    }
}
