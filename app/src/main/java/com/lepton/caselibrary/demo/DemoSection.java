package com.lepton.caselibrary.demo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

/** One part of a demo panel: the samples, an upload, a text box and its run button. */
final class DemoSection extends Div {

    DemoSection(Component... parts) {
        super(parts);
        addClassName("demo-section");
    }

    /** A text box across the panel and the primary button that runs what it holds. */
    static DemoSection typed(TextArea input, String minHeight, Button run) {
        input.setWidthFull();
        input.setMinHeight(minHeight);
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new DemoSection(input, run);
    }
}
