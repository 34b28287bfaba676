package com.lepton.caselibrary.account;

import com.lepton.caselibrary.layout.FormStatus;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** Any signed-in user's own password change; the one-time password of a new account must be changed here first. */
@Route(value = "account/password", layout = MainLayout.class)
@PermitAll
public class ChangePasswordView extends Div implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField replacement = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final FormStatus status = new FormStatus("password-status");

    public ChangePasswordView(
            AccountService accounts, AuthenticationContext authentication, SecurityProperties properties) {
        addClassName("account-view");
        String username = authentication.getPrincipalName().orElseThrow();
        H1 title = new H1(getTranslation("password.title"));
        Paragraph lead = new Paragraph(
                accounts.mustChangePassword(username)
                        ? getTranslation("password.lead.required")
                        : getTranslation("password.lead", properties.minPasswordLength()));
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        replacement.setLabel(getTranslation("password.new"));
        replacement.setHelperText(getTranslation("password.rule", properties.minPasswordLength()));
        replacement.setId("new-password");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        RevealLabel.translate(current);
        RevealLabel.translate(replacement);
        RevealLabel.translate(repeat);

        Button save = new Button(getTranslation("password.save"), click -> {
            if (!replacement.getValue().equals(repeat.getValue())) {
                status.show(getTranslation("password.mismatch"), false);
                return;
            }
            try {
                accounts.changePassword(username, current.getValue(), replacement.getValue());
                current.clear();
                replacement.clear();
                repeat.clear();
                status.show(getTranslation("password.changed"), true);
            } catch (AccountException e) {
                status.show(getTranslation(e.messageKey(), properties.minPasswordLength()), false);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");
        Div form = new Div(current, replacement, repeat, save);
        form.addClassName("account-form");
        Anchor tokens = new Anchor("account/tokens", getTranslation("tokens.link"));
        tokens.setId("tokens-link");
        tokens.addClassName("text-link");
        add(title, lead, form, status, new Paragraph(tokens));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("password.title"));
    }
}
