package com.lepton.caselibrary.demo;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * One model's answer under a heading, drawn as the demo panel draws it (chart and time, or the refusal's message);
 * two of them side by side compare a client model with the shipped one.
 */
public class AnswerView extends Div {

    /**
     * @param id      the element id (several answers share a page)
     * @param title   which model answered
     * @param outcome its answer or refusal
     */
    public AnswerView(String id, String title, DemoOutcome outcome) {
        setId(id);
        addClassName("answer-view");
        ResultView result = new ResultView();
        result.setId(id + "-result");
        switch (outcome) {
            case DemoOutcome.Success success -> result.showResult(success);
            case DemoOutcome.Refused refused -> result.showRefusal(refused.refusal());
        }
        add(new H3(title), result);
    }
}
