package com.lepton.caselibrary.account;

import com.lepton.caselibrary.layout.FormStatus;
import com.lepton.caselibrary.layout.GridColumns;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;

/**
 * Administrators manage accounts: create one for a consultant, partner or administrator (the
 * one-time password is shown once, here), reset a password, unlock a locked account.
 */
@Route(value = "admin/accounts", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AccountsView extends Div implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<Account> grid = new Grid<>(Account.class, false);
    private final FormStatus status = new FormStatus("accounts-status");

    public AccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("account-view");
        add(new H1(getTranslation("accounts.title")), configureForm(), status, configureGrid());
        refresh();
    }

    private Div configureForm() {
        TextField username = new TextField(getTranslation("accounts.username"));
        username.setId("new-username");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.CONSULTANT);
        role.setId("new-role");
        Button create = new Button(getTranslation("accounts.create"), click -> {
            try {
                String password = accounts.create(username.getValue(), role.getValue());
                status.show(
                        getTranslation("accounts.created", username.getValue().strip(), password), true);
                username.clear();
                refresh();
            } catch (AccountException e) {
                status.show(getTranslation(e.messageKey()), false);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-account");
        Div form = new Div(username, role, create);
        form.addClassName("account-form-row");
        return form;
    }

    private Grid<Account> configureGrid() {
        grid.setId("accounts-grid");
        GridColumns.fitted(grid, Account::getUsername, getTranslation("accounts.username"));
        GridColumns.fitted(grid, a -> getTranslation("role." + a.getRole().name()), getTranslation("accounts.role"));
        GridColumns.fitted(
                grid,
                a -> a.isLockedAt(Instant.now())
                        ? getTranslation("accounts.locked", a.getLockedUntil())
                        : getTranslation("accounts.active"),
                getTranslation("accounts.state"));
        GridColumns.fittedComponents(grid, this::actions, getTranslation("accounts.actions"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div actions(Account account) {
        Button reset = new Button(getTranslation("accounts.reset"), click -> {
            String password = accounts.resetPassword(account.getId());
            status.show(getTranslation("accounts.reset.done", account.getUsername(), password), true);
            refresh();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.getElement().setAttribute("aria-label", getTranslation("accounts.reset") + " " + account.getUsername());
        Div actions = new Div(reset);
        if (account.isLockedAt(Instant.now())) {
            Button unlock = new Button(getTranslation("accounts.unlock"), click -> {
                accounts.unlock(account.getId());
                status.show(getTranslation("accounts.unlocked", account.getUsername()), true);
                refresh();
            });
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
            unlock.getElement()
                    .setAttribute("aria-label", getTranslation("accounts.unlock") + " " + account.getUsername());
            actions.add(unlock);
        }
        actions.addClassName("row-actions");
        return actions;
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("accounts.title"));
    }
}
