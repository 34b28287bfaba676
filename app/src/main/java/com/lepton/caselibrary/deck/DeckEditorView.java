package com.lepton.caselibrary.deck;

import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.demo.BatchDemoService;
import com.lepton.caselibrary.demo.DemoOutcome;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.finetune.ClientModels;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.layout.FormStatus;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageTitles;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a deck: slides in order (a case, its preset sample, talking points), warm-up of every
 * model before the meeting, the presenter, and a read-only share link.
 */
@Route(value = "decks/:deckId", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class DeckEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DeckService decks;
    private final PluginHost plugins;
    private final DeckService.User user;
    private final Requester visitor;
    private final FormStatus status = new FormStatus("deck-status");
    /** Each slide's "ready" mark, in slide order, filled by the warm-up. */
    private final List<Span> readyMarks = new ArrayList<>();

    private Deck deck;

    public DeckEditorView(
            DeckService decks, PluginHost plugins, DemoService demos, AuthenticationContext authentication) {
        this.decks = decks;
        this.plugins = plugins;
        this.user = Decks.user(authentication);
        this.visitor = demos.currentVisitor();
        addClassName("deck-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Deck> found = event.getRouteParameters().getLong("deckId").flatMap(id -> decks.open(id, user));
        if (found.isEmpty()) {
            removeAll();
            add(new H1(getTranslation("decks.heading")));
            add(Decks.notFound(this));
            return;
        }
        deck = found.get();
        render();
    }

    private void render() {
        removeAll();
        readyMarks.clear();
        H1 title = new H1(deck.getTitle());
        title.setId("deck-heading");
        Paragraph client =
                new Paragraph(deck.getClient().isEmpty() ? "" : getTranslation("deck.for", deck.getClient()));
        client.addClassName("lead");
        Anchor present = new Anchor("decks/" + deck.getId() + "/present", getTranslation("deck.present"));
        present.setId("deck-present");
        present.addClassName("primary-link");
        Button warm = new Button(getTranslation("deck.warm"), click -> warmUp());
        warm.setId("deck-warm");
        Button share = new Button(getTranslation("deck.share"), click -> showShareLink());
        share.setId("deck-share");
        Anchor handout = new Anchor("decks/" + deck.getId() + "/handout", getTranslation("handout.title"));
        handout.setId("deck-handout");
        Div actions = new Div(present, warm, share, handout);
        actions.addClassName("deck-actions");
        add(new Anchor("decks", getTranslation("decks.back")), title, client, actions, status, slides(), addForm());
    }

    private Component slides() {
        OrderedList list = new OrderedList();
        list.setId("deck-slides");
        list.addClassName("deck-slides");
        List<DeckItem> items = deck.getItems();
        for (int i = 0; i < items.size(); i++) {
            DeckItem item = items.get(i);
            int index = i;
            Optional<LoadedCase> loaded = plugins.find(item.getCaseId());
            H3 heading = new H3(Decks.caseTitle(loaded, item.getCaseId()));
            Span sample = new Span(getTranslation("deck.sample", Decks.sampleLabel(loaded, item.getSampleId()))
                    + decks.clientOf(item)
                            .map(client -> " · " + getTranslation("deck.model.client", client, item.getClientModel()))
                            .orElse(""));
            sample.addClassName("deck-slide-sample");
            Paragraph notes = new Paragraph(item.getNotes());
            notes.addClassName("deck-slide-notes");
            Span ready = new Span();
            ready.addClassName("deck-slide-ready");
            ready.setId("deck-ready-" + index);
            readyMarks.add(ready);
            Button up = new Button("↑", click -> update(decks.moveSlide(deck.getId(), user, index, -1)));
            up.getElement().setAttribute("aria-label", getTranslation("deck.up"));
            up.setEnabled(index > 0);
            Button down = new Button("↓", click -> update(decks.moveSlide(deck.getId(), user, index, 1)));
            down.getElement().setAttribute("aria-label", getTranslation("deck.down"));
            down.setEnabled(index < items.size() - 1);
            Button remove = new Button(
                    getTranslation("deck.remove"), click -> update(decks.removeSlide(deck.getId(), user, index)));
            for (Button button : List.of(up, down, remove)) {
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            }
            Div buttons = new Div(up, down, remove);
            buttons.addClassName("row-actions");
            ListItem slide = new ListItem(heading, sample, notes, ready, buttons);
            slide.addClassName("deck-slide");
            list.add(slide);
        }
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("deck.empty"));
            empty.setId("deck-slides");
            return empty;
        }
        return list;
    }

    private static final ClientModels.Offered SHIPPED = new ClientModels.Offered(0, "");

    private Div addForm() {
        Select<LoadedCase> caseSelect = new Select<>();
        caseSelect.setLabel(getTranslation("deck.case"));
        caseSelect.setId("slide-case");
        caseSelect.setItems(plugins.cases().stream()
                .filter(c -> decks.liveCase(c.caseId()).isPresent())
                .toList());
        caseSelect.setItemLabelGenerator(c -> Languages.pick(c.descriptor().title()));
        Select<DemoSample> sampleSelect = new Select<>();
        sampleSelect.setLabel(getTranslation("deck.sample-field"));
        sampleSelect.setId("slide-sample");
        sampleSelect.setItemLabelGenerator(s -> Languages.pick(s.label()));
        // The shipped model (0) or one of the deck owner's client models of the chosen case.
        Select<ClientModels.Offered> modelSelect = new Select<>();
        modelSelect.setLabel(getTranslation("deck.model"));
        modelSelect.setId("slide-model");
        modelSelect.setItemLabelGenerator(m -> m.id() == 0
                ? getTranslation("deck.model.shipped")
                : getTranslation("deck.model.client", m.client(), m.id()));
        caseSelect.addValueChangeListener(change -> {
            List<DemoSample> samples =
                    change.getValue() == null ? List.of() : BatchDemoService.allSamples(change.getValue());
            sampleSelect.setItems(samples);
            if (!samples.isEmpty()) {
                sampleSelect.setValue(samples.getFirst());
            }
            List<ClientModels.Offered> models = new ArrayList<>(List.of(SHIPPED));
            if (change.getValue() != null) {
                models.addAll(
                        decks.clientModelsOf(deck.getOwner(), change.getValue().caseId()));
            }
            modelSelect.setItems(models);
            modelSelect.setValue(SHIPPED);
        });
        TextArea notes = new TextArea(getTranslation("deck.notes"));
        notes.setId("slide-notes");
        notes.setMaxLength(DeckService.MAX_NOTES);
        Button add = new Button(getTranslation("deck.add"), click -> {
            if (caseSelect.getValue() == null || sampleSelect.getValue() == null) {
                status.show(getTranslation("deck.error.sample"), false);
                return;
            }
            update(decks.addSlide(
                    deck.getId(),
                    user,
                    caseSelect.getValue().caseId(),
                    sampleSelect.getValue().id(),
                    notes.getValue(),
                    modelSelect.getValue() == null || modelSelect.getValue().id() == 0
                            ? null
                            : modelSelect.getValue().id()));
        });
        add.setId("slide-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(caseSelect, sampleSelect, modelSelect, notes, add);
        form.addClassName("deck-add-form");
        return form;
    }

    private void update(Deck changed) {
        deck = decks.open(changed.getId(), user).orElse(changed);
        render();
    }

    /** Runs every slide's sample once, so each model is loaded and warm; shows each slide's time. */
    private void warmUp() {
        UI ui = UI.getCurrent();
        List<DeckItem> items = deck.getItems();
        status.show(getTranslation("deck.warming", items.size()), true);
        decks.warm(items, visitor)
                .thenAccept(outcomes -> ui.access(() -> {
                    int ready = 0;
                    for (int i = 0; i < outcomes.size(); i++) {
                        DemoOutcome outcome = outcomes.get(i);
                        boolean ok = outcome.succeeded();
                        ready += ok ? 1 : 0;
                        if (i < readyMarks.size()) {
                            Span mark = readyMarks.get(i);
                            mark.setText(
                                    ok
                                            ? getTranslation("deck.ready", outcome.computeMs() + outcome.queueMs())
                                            : getTranslation("deck.not-ready"));
                            mark.getElement().setAttribute("data-ready", String.valueOf(ok));
                        }
                    }
                    status.show(getTranslation("deck.warmed", ready, outcomes.size()), ready == outcomes.size());
                }));
    }

    private void showShareLink() {
        String token = decks.share(deck.getId(), user);
        TextField link = new TextField(getTranslation("deck.share-link"));
        link.setId("deck-share-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setValue("/shared/" + token);
        // The full address as the browser sees it (behind a proxy the server cannot know it).
        UI.getCurrent()
                .getPage()
                .fetchCurrentURL(
                        url -> link.setValue(url.getProtocol() + "://" + url.getAuthority() + "/shared/" + token));
        status.removeAll();
        status.setText("");
        status.add(link);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, deck == null ? getTranslation("decks.heading") : deck.getTitle());
    }
}
