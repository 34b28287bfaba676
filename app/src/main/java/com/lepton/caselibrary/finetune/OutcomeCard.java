package com.lepton.caselibrary.finetune;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;

/**
 * What every before/after card of a finished job opens with, whatever the case predicts: the client's name, how
 * the examples were split, the shipped and the tuned model's figures side by side, and how training went. The
 * cards add their own picture (confusion matrices, an error plot). Built from numbers and escaped names only.
 */
abstract class OutcomeCard extends Div {

    private final NumberFormat decimal;

    protected OutcomeCard(FineTuneJob job, String leadKey, Locale locale) {
        setId("fine-tune-card");
        addClassName("model-card");
        decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(4);
        add(new H2(getTranslation("finetune.card.title", job.getClient())));
        add(new Paragraph(getTranslation(leadKey, job.getHeldOutCount(), job.getTrainCount())));
    }

    /** One row per metric: its label, then the shipped and the tuned model's value on the held-out examples. */
    protected void addMetrics(
            List<String> metrics,
            Function<String, String> label,
            Map<String, Double> before,
            Map<String, Double> after) {
        StringBuilder html = new StringBuilder("<table class=\"metrics\"><thead><tr><th></th><th scope=\"col\">")
                .append(escape(getTranslation("finetune.card.shipped")))
                .append("</th><th scope=\"col\">")
                .append(escape(getTranslation("finetune.card.tuned")))
                .append("</th></tr></thead><tbody>");
        for (String metric : metrics) {
            html.append("<tr><th scope=\"row\">")
                    .append(escape(label.apply(metric)))
                    .append("</th><td>")
                    .append(decimal.format(before.getOrDefault(metric, 0.0)))
                    .append("</td><td>")
                    .append(decimal.format(after.getOrDefault(metric, 0.0)))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        Div table = new Div();
        table.addClassName("metrics-wrapper");
        table.getElement().setProperty("innerHTML", html.toString());
        add(table);
    }

    protected void addTraining(int bestEpoch, int epochs, double seconds) {
        add(new Paragraph(getTranslation("finetune.card.training", bestEpoch, epochs, decimal.format(seconds))));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
