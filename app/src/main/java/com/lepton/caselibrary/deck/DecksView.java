package com.lepton.caselibrary.deck;

import com.lepton.caselibrary.i18n.Times;
import com.lepton.caselibrary.layout.GridColumns;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** A consultant's decks, and a new one for a client meeting. */
@Route(value = "decks", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class DecksView extends Div implements HasDynamicTitle {

    public DecksView(DeckService decks, AuthenticationContext authentication) {
        addClassName("deck-view");
        DeckService.User user = Decks.user(authentication);
        TextField title = new TextField(getTranslation("decks.title-field"));
        title.setId("deck-title");
        title.setMaxLength(DeckService.MAX_TITLE);
        TextField client = new TextField(getTranslation("decks.client-field"));
        client.setId("deck-client");
        client.setMaxLength(DeckService.MAX_TITLE);
        Paragraph status = new Paragraph();
        status.setId("decks-status");
        status.getElement().setAttribute("role", "status");
        Button create = new Button(getTranslation("decks.create"), click -> {
            try {
                Deck deck = decks.create(user, title.getValue(), client.getValue());
                getUI().ifPresent(ui -> ui.navigate("decks/" + deck.getId()));
            } catch (DeckException e) {
                status.setText(getTranslation(e.messageKey()));
                status.setClassName("form-status form-status-error");
            }
        });
        create.setId("create-deck");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(title, client, create);
        form.addClassName("account-form-row");

        Grid<Deck> grid = new Grid<>(Deck.class, false);
        grid.setId("decks-grid");
        GridColumns.fittedComponents(
                grid,
                deck -> new Anchor("decks/" + deck.getId(), deck.getTitle()),
                getTranslation("decks.title-field"));
        GridColumns.fitted(grid, Deck::getClient, getTranslation("decks.client-field"));
        // In the page's language like every other time in the portal, not as a raw ISO instant with microseconds.
        GridColumns.fitted(
                grid, deck -> Times.format(deck.getUpdatedAt(), getLocale()), getTranslation("decks.updated"));
        grid.setItems(decks.decksOf(user));
        GridColumns.showAllRows(grid, getTranslation("decks.none"));
        add(new H1(getTranslation("decks.heading")), new Paragraph(getTranslation("decks.lead")), form, status, grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("decks.heading"));
    }
}
