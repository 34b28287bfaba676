package com.lepton.caselibrary.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a page with a path parameter shows for a value that names nothing (a case, a guide page): a heading, a line
 * that says what was asked for, and a link back to the list it came from. The whole-portal not-found page is
 * {@link NotFoundView}.
 */
public final class NotFoundPanel extends Div {

    public NotFoundPanel(String title, String text, String backHref, String backLabel) {
        Anchor back = new Anchor(backHref, backLabel);
        back.addClassName("primary-link");
        add(new H1(title), new Paragraph(text), back);
        setId("not-found");
        addClassName("not-found");
    }
}
