package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.FineTuneOutcome;
import com.lepton.caselibrary.charts.ConfusionTable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The before/after card of a finished job: the shipped and the tuned model on the client's held-out examples,
 * side by side, with both confusion matrices. Built from numbers and escaped names only.
 */
class BeforeAfterCard extends Div {

    BeforeAfterCard(FineTuneJob job, FineTuneOutcome outcome, Locale locale) {
        setId("fine-tune-card");
        addClassName("model-card");
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(4);
        add(new H2(getTranslation("finetune.card.title", job.getClient())));
        add(new Paragraph(getTranslation("finetune.card.lead", job.getHeldOutCount(), job.getTrainCount())));
        StringBuilder html = new StringBuilder("<table class=\"metrics\"><thead><tr><th></th><th scope=\"col\">")
                .append(escape(getTranslation("finetune.card.shipped")))
                .append("</th><th scope=\"col\">")
                .append(escape(getTranslation("finetune.card.tuned")))
                .append("</th></tr></thead><tbody>");
        for (String metric : List.of("accuracy", "macroF1")) {
            html.append("<tr><th scope=\"row\">")
                    .append(escape(getTranslation("finetune.metric." + metric)))
                    .append("</th><td>")
                    .append(decimal.format(outcome.before().getOrDefault(metric, 0.0)))
                    .append("</td><td>")
                    .append(decimal.format(outcome.after().getOrDefault(metric, 0.0)))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        add(block(html, "metrics-wrapper"));
        add(new Paragraph(getTranslation(
                "finetune.card.training",
                outcome.bestEpoch(),
                outcome.curve().size(),
                decimal.format(outcome.seconds()))));
        Div matrices = new Div();
        matrices.addClassName("fine-tune-matrices");
        matrices.add(ConfusionTable.of(
                outcome.classes(), outcome.confusionBefore(), getTranslation("finetune.card.shipped")));
        matrices.add(
                ConfusionTable.of(outcome.classes(), outcome.confusionAfter(), getTranslation("finetune.card.tuned")));
        add(new H3(getTranslation("finetune.card.confusion")), matrices);
    }

    private static Div block(StringBuilder html, String className) {
        Div block = new Div();
        block.addClassName(className);
        block.getElement().setProperty("innerHTML", html.toString());
        return block;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
