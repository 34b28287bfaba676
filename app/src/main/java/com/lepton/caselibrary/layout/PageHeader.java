package com.lepton.caselibrary.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The head of a case's or a solution's page: a row of chips that place it (industry, algorithm, ...), its title as
 * the page's heading, and its summary as the lead.
 */
public final class PageHeader extends Div {

    public PageHeader(String headingId, String title, String summary, Component... chips) {
        for (Component chip : chips) {
            chip.getElement().getClassList().add("chip");
        }
        Div row = new Div(chips);
        row.addClassName("chips");
        H1 heading = new H1(title);
        heading.setId(headingId);
        Paragraph lead = new Paragraph(summary);
        lead.addClassName("lead");
        add(row, heading, lead);
        addClassName("case-header");
    }
}
