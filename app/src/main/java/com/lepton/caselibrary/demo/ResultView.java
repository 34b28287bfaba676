package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoResult;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.awt.image.BufferedImage;

/** Where a demo run shows: its progress, its refusal, or its result as a chart with its latency. */
class ResultView extends Div {

    ResultView() {
        setId("demo-result");
        addClassName("demo-result");
        getElement().setAttribute("aria-live", "polite");
    }

    /** How many requests are ahead and the expected wait, while the result is on its way. */
    void showProgress(DemoService.Pending pending) {
        clear();
        Span progress = new Span(
                pending.ahead() == 0
                        ? getTranslation("demo.running")
                        : getTranslation("demo.queued", pending.ahead(), pending.estimatedWaitMs()));
        progress.setId("demo-progress");
        progress.addClassName("demo-progress");
        add(progress);
    }

    /** A refused run: its reason's message, and the reason itself for scripts and tests. */
    void showRefusal(Refusal refusal) {
        showError(refusal.message(getLocale()));
        getElement().setAttribute("data-reason", refusal.reason().name());
    }

    void showError(String message) {
        clear();
        Div error = new Div(new Span(message));
        error.setId("demo-error");
        error.addClassName("demo-error");
        error.getElement().setAttribute("role", "alert");
        add(error);
    }

    /** The result's chart and the model's time; the top class (or flagged points) as attributes for tests. */
    void showResult(DemoOutcome.Success outcome) {
        clear();
        switch (outcome.result()) {
            case DemoResult.Classification classification -> {
                getElement().setAttribute("data-top-class", classification.top().key());
                add(new ClassificationBars(classification, getLocale()));
            }
            case DemoResult.Forecast forecast -> add(new ForecastChart(forecast, outcome.band(), getLocale()));
            case DemoResult.RiskSignal signal -> add(new RiskSignalView(signal, getLocale()));
            case DemoResult.Anomalies anomalies -> {
                getElement().setAttribute("data-flagged", String.valueOf(anomalies.flaggedCount()));
                add(new AnomalyChart(anomalies, getLocale()));
            }
        }
        Paragraph latency =
                new Paragraph(getTranslation("demo.result.latency", outcome.computeMs(), outcome.queueMs()));
        latency.addClassName("demo-latency");
        add(latency);
    }

    /** The link to this demo with its input preset; in an embed it opens the portal in a new tab. */
    void showLink(String href, boolean newTab) {
        Anchor link = new Anchor(href, getTranslation("demo.link"));
        link.setId("demo-link");
        if (newTab) {
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener");
        }
        link.addClassName("demo-link");
        add(link);
    }

    /** For image cases: the picture as the model received it (resized, normalised), enlarged. */
    void showModelView(BufferedImage picture) {
        Image seen = new Image(ExplanationView.dataUrl(picture), getTranslation("demo.modelview.alt"));
        seen.setId("demo-model-view");
        seen.addClassName("model-view");
        Div figure = new Div(seen, new Span(getTranslation("demo.modelview", picture.getWidth(), picture.getHeight())));
        figure.addClassName("model-view-figure");
        add(figure);
    }

    void append(Component part) {
        add(part);
    }

    private void clear() {
        removeAll();
        getElement().removeAttribute("data-top-class");
        getElement().removeAttribute("data-flagged");
        getElement().removeAttribute("data-reason");
    }
}
