package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.i18n.Languages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.Locale;

/** A classification as a headline, its confidence and the top classes as horizontal bars, and its heatmap if any. */
class ClassificationBars extends Div {

    private static final int TOP_K = 5;

    ClassificationBars(DemoResult.Classification classification, Locale locale) {
        ClassScore top = classification.top();
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);

        H3 headline = new H3(getTranslation("demo.result.top", Languages.pick(top.label())));
        headline.addClassName("demo-headline");
        Span confidence = new Span(getTranslation("demo.result.confidence", percent.format(top.probability())));
        confidence.addClassName("demo-confidence");

        Div bars = new Div();
        bars.addClassName("score-bars");
        for (ClassScore score : classification.top(TOP_K)) {
            bars.add(row(score, score == top, percent));
        }
        add(headline, confidence, bars);
        if (classification.heatmap() != null) {
            add(new HeatmapView(classification.heatmap()));
        }
    }

    private static Div row(ClassScore score, boolean isTop, NumberFormat percent) {
        Span name = new Span(Languages.pick(score.label()));
        name.addClassName("score-name");
        Div fill = new Div();
        fill.addClassName("score-fill");
        fill.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", score.probability() * 100));
        Div track = new Div(fill);
        track.addClassName("score-track");
        Span value = new Span(percent.format(score.probability()));
        value.addClassName("score-value");
        Div row = new Div(name, track, value);
        row.addClassName("score-row");
        if (isTop) {
            row.addClassName("score-top");
        }
        return row;
    }
}
