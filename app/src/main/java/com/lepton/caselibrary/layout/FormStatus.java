package com.lepton.caselibrary.layout;

import com.vaadin.flow.component.html.Paragraph;

/**
 * The line under a form or a page's actions that says what the last action did, styled as done or refused; a
 * live region ({@code role="status"}) so that screen readers announce it. A page that styles its own outcomes
 * sets the text itself.
 */
public class FormStatus extends Paragraph {

    public FormStatus(String id) {
        setId(id);
        getElement().setAttribute("role", "status");
    }

    /** Says an action's outcome: {@code ok} when it was done, otherwise it was refused or failed. */
    public void show(String message, boolean ok) {
        removeAll();
        setText(message);
        setClassName("form-status " + (ok ? "form-status-ok" : "form-status-error"));
    }
}
