package com.lepton.caselibrary.account;

import com.lepton.caselibrary.i18n.Times;
import com.lepton.caselibrary.layout.FormStatus;
import com.lepton.caselibrary.layout.GridColumns;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A signed-in user's personal API tokens, for scripts and build pipelines that call the REST API as this
 * account (e.g. a partner publishing a plugin from CI). A new token is shown once; only its start is kept.
 */
@Route(value = "account/tokens", layout = MainLayout.class)
@PermitAll
public class ApiTokensView extends Div implements HasDynamicTitle {

    private final ApiTokens tokens;
    private final String username;
    private final Grid<ApiToken> grid = new Grid<>(ApiToken.class, false);
    private final TextField name = new TextField();
    private final TextField secret = new TextField();
    private final FormStatus status = new FormStatus("tokens-status");
    private final DateTimeFormatter time;

    public ApiTokensView(ApiTokens tokens, AuthenticationContext authentication) {
        this.tokens = tokens;
        this.username = authentication.getPrincipalName().orElseThrow();
        this.time = Times.formatter(getLocale());
        addClassName("account-view");
        name.setLabel(getTranslation("tokens.name"));
        name.setHelperText(getTranslation("tokens.name.help"));
        name.setMaxLength(ApiTokens.MAX_NAME_LENGTH);
        name.setId("token-name");
        Button create = new Button(getTranslation("tokens.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-token");
        secret.setLabel(getTranslation("tokens.secret"));
        secret.setHelperText(getTranslation("tokens.secret.once"));
        secret.setReadOnly(true);
        secret.setVisible(false);
        secret.setWidthFull();
        secret.setId("token-secret");
        Div form = new Div(name, create);
        form.addClassName("account-form");
        add(
                new H1(getTranslation("tokens.title")),
                new Paragraph(getTranslation("tokens.lead", ApiTokens.MAX_PER_ACCOUNT)),
                form,
                secret,
                status,
                configureGrid());
        refresh();
    }

    private Grid<ApiToken> configureGrid() {
        grid.setId("tokens-grid");
        grid.addColumn(ApiToken::getName)
                .setHeader(getTranslation("tokens.name"))
                .setFlexGrow(1);
        GridColumns.fitted(grid, token -> token.getTokenPrefix() + "…", getTranslation("tokens.start"));
        GridColumns.fitted(grid, token -> format(token.getCreatedAt()), getTranslation("tokens.created"));
        GridColumns.fitted(
                grid,
                token -> token.getLastUsedAt() == null ? getTranslation("tokens.never") : format(token.getLastUsedAt()),
                getTranslation("tokens.used"));
        grid.addComponentColumn(token -> {
                    Button revoke = new Button(getTranslation("tokens.revoke"), click -> revoke(token));
                    revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    revoke.setId("revoke-token-" + token.getId());
                    return revoke;
                })
                .setHeader(getTranslation("accounts.actions"))
                .setAutoWidth(true);
        GridColumns.showAllRows(grid, getTranslation("tokens.none"));
        return grid;
    }

    private void create() {
        try {
            ApiTokens.NewToken made = tokens.create(username, name.getValue());
            secret.setValue(made.secret());
            secret.setVisible(true);
            name.clear();
            status.show(getTranslation("tokens.created.message", made.token().getName()), true);
            refresh();
        } catch (AccountException e) {
            status.show(getTranslation(e.messageKey(), ApiTokens.MAX_NAME_LENGTH, ApiTokens.MAX_PER_ACCOUNT), false);
        }
    }

    private void revoke(ApiToken token) {
        try {
            tokens.revoke(username, token.getId());
            secret.clear();
            secret.setVisible(false);
            status.show(getTranslation("tokens.revoked", token.getName()), true);
        } catch (AccountException e) {
            status.show(getTranslation(e.messageKey()), false);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.list(username));
    }

    private String format(Instant instant) {
        return time.format(instant);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("tokens.title"));
    }
}
