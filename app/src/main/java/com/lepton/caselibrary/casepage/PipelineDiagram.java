package com.lepton.caselibrary.casepage;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The seed's seven-step pipeline, data collection to business application, drawn as a flow of
 * numbered steps with this case's own detail under each.
 */
public class PipelineDiagram extends Div {

    PipelineDiagram(List<String> details) {
        this(details, "case.pipeline");
    }

    /** The seven steps with these details, under the heading {@code headingKey} (a translation key). */
    public PipelineDiagram(List<String> details, String headingKey) {
        setId("pipeline-section");
        addClassName("pipeline-section");
        OrderedList steps = new OrderedList();
        steps.setId("pipeline");
        steps.addClassName("pipeline");
        for (int step = 1; step <= 7; step++) {
            Span number = new Span(String.valueOf(step));
            number.addClassName("pipeline-number");
            Span name = new Span(getTranslation("pipeline." + step));
            name.addClassName("pipeline-name");
            Span detail = new Span(step <= details.size() ? details.get(step - 1) : "");
            detail.addClassName("pipeline-detail");
            ListItem item = new ListItem(number, name, detail);
            item.addClassName("pipeline-step");
            steps.add(item);
        }
        add(new H2(getTranslation(headingKey)), steps);
    }
}
