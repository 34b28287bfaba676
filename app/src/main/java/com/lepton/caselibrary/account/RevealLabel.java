package com.lepton.caselibrary.account;

import com.vaadin.flow.component.Component;

/**
 * The eye button of a password field is read out as "Show password" in every language: Vaadin's Java API has no
 * setter for it, so the page's translation is put into the web component's {@code i18n.reveal}.
 */
final class RevealLabel {

    private static final String SCRIPT = """
            const fields = () => this.localName === 'vaadin-password-field'
                ? [this] : [...this.querySelectorAll('vaadin-password-field')];
            Promise.all([customElements.whenDefined('vaadin-password-field'), this.updateComplete])
                .then(() => fields().forEach(field => field.i18n = {...field.i18n, reveal: $0}));
            """;

    private RevealLabel() {}

    /** {@code component} a password field, or a component holding some (a login form). */
    static void translate(Component component) {
        component.getElement().executeJs(SCRIPT, component.getTranslation("password.reveal"));
    }
}
