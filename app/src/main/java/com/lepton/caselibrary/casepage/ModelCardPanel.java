package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.api.ModelCard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The trained model's facts: held-out metrics against baselines, training, confusion matrix and curve. */
class ModelCardPanel extends Div {

    private final NumberFormat decimal;

    ModelCardPanel(ModelCard card, Locale locale) {
        setId("model-card");
        addClassName("model-card");
        decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(4);
        add(new H2(getTranslation("modelcard.title")));
        add(configureFacts(card, locale));
        if (!card.trainingCurve().isEmpty()) {
            add(new H3(getTranslation("modelcard.curve")), new TrainingCurve(card.trainingCurve()));
        }
        if (!card.confusionMatrix().isEmpty()) {
            add(new H3(getTranslation("modelcard.confusion")), configureConfusion(card));
        }
    }

    /** Shown where a case has no trained model. */
    static Div missing() {
        Div panel = new Div(new Paragraph());
        panel.setId("model-card");
        panel.addClassName("model-card");
        panel.add(new H2(panel.getTranslation("modelcard.title")), new Paragraph(panel.getTranslation("modelcard.missing")));
        return panel;
    }

    private Div configureFacts(ModelCard card, Locale locale) {
        Div facts = new Div();
        facts.addClassName("facts");
        facts.add(fact("modelcard.model", card.modelName() + " " + card.modelVersion()));
        facts.add(fact("modelcard.dataset", card.dataset()));
        facts.add(fact("modelcard.metrics", format(headline(card.metrics()))));
        if (!card.baselines().isEmpty()) {
            facts.add(fact("modelcard.baselines", format(card.baselines())));
        }
        facts.add(fact("modelcard.params", NumberFormat.getIntegerInstance(locale).format(card.parameterCount())));
        facts.add(fact("modelcard.training", getTranslation("modelcard.training.value", card.epochs(),
                decimal.format(card.trainingSeconds()), card.trainedOn(), String.valueOf(card.seed()))));
        facts.add(fact("modelcard.trainedAt", card.trainedAt()));
        return facts;
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }

    private String format(Map<String, Double> values) {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + " " + decimal.format(entry.getValue()))
                .reduce((a, b) -> a + " · " + b).orElse("");
    }

    /** Per-class figures ({@code precision.coat}) crowd the card; show the overall ones when there are any. */
    private static Map<String, Double> headline(Map<String, Double> metrics) {
        Map<String, Double> overall = new java.util.TreeMap<>();
        metrics.forEach((name, value) -> {
            if (!name.contains(".")) {
                overall.put(name, value);
            }
        });
        return overall.isEmpty() ? metrics : overall;
    }

    private Div configureConfusion(ModelCard card) {
        List<List<Integer>> matrix = card.confusionMatrix();
        int max = matrix.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(1);
        StringBuilder html = new StringBuilder("<table class=\"confusion\"><thead><tr><th></th>");
        for (String label : card.classLabels()) {
            html.append("<th scope=\"col\">").append(escape(label)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int row = 0; row < matrix.size(); row++) {
            String rowLabel = row < card.classLabels().size() ? card.classLabels().get(row) : String.valueOf(row);
            html.append("<tr><th scope=\"row\">").append(escape(rowLabel)).append("</th>");
            for (int column = 0; column < matrix.get(row).size(); column++) {
                int value = matrix.get(row).get(column);
                double shade = max == 0 ? 0 : Math.sqrt((double) value / max);
                html.append("<td class=\"").append(row == column ? "diagonal" : "off").append("\" style=\"--shade:")
                        .append(String.format(Locale.ROOT, "%.3f", shade)).append("\">").append(value).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        Div table = new Div();
        table.addClassName("confusion-wrapper");
        // Built from numbers and escaped labels only, so no sanitizing is needed.
        table.getElement().setProperty("innerHTML", html.toString());
        return table;
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }
}
