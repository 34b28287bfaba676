package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.layout.SharedHtml;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import java.util.List;

/**
 * The seed's seven-step pipeline, data collection to business application, drawn as a flow of
 * numbered steps with this case's own detail under each. The steps are static text, so they are one
 * element's HTML rather than 50 server-side components kept in every visitor's session.
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
        StringBuilder html = new StringBuilder();
        for (int step = 1; step <= 7; step++) {
            html.append("<li class=\"pipeline-step\"><span class=\"pipeline-number\">")
                    .append(step)
                    .append("</span><span class=\"pipeline-name\">")
                    .append(SharedHtml.escape(getTranslation("pipeline." + step)))
                    .append("</span><span class=\"pipeline-detail\">")
                    .append(SharedHtml.escape(step <= details.size() ? details.get(step - 1) : ""))
                    .append("</span></li>");
        }
        SharedHtml.set(steps, html.toString());
        add(new H2(getTranslation(headingKey)), steps);
    }
}
