package com.lepton.caselibrary.demo;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.awt.image.BufferedImage;
import java.util.function.Function;

/**
 * A "Why?" button under a classification of an image or a message. Pressing it fires {@link ExplainRequested};
 * the answer comes back through {@link #show}.
 */
class ExplanationPanel extends Div {

    static final class ExplainRequested extends ComponentEvent<ExplanationPanel> {
        ExplainRequested(ExplanationPanel source) {
            super(source, true);
        }
    }

    private final Button why = new Button(getTranslation("demo.explain"));
    private final Div explanation = new Div();
    /** Draws an explanation of this result (its class, its picture or words). */
    private final Function<Explanation, ExplanationView> view;

    /**
     * @param label     the top class as the visitor reads it
     * @param picture   the image that was classified, or {@code null} for a message
     * @param legendKey translation key of the legend under a message's words
     */
    ExplanationPanel(String label, BufferedImage picture, String legendKey) {
        this.view = explained -> new ExplanationView(explained, picture, label, legendKey);
        why.setId("demo-explain");
        why.addClickListener(click -> {
            why.setEnabled(false);
            explanation.removeAll();
            explanation.add(new Span(getTranslation("demo.explain.running")));
            fireEvent(new ExplainRequested(this));
        });
        add(why, explanation);
    }

    Registration addExplainRequestedListener(ComponentEventListener<ExplainRequested> listener) {
        return addListener(ExplainRequested.class, listener);
    }

    void show(DemoExplanations.Explained explained) {
        explanation.removeAll();
        if (explained.explanation() != null) {
            explanation.add(view.apply(explained.explanation()));
        } else {
            explanation.add(new Span(explained.refusal().message(getLocale())));
        }
    }
}
