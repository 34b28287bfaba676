package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.charts.ConfusionTable;
import com.lepton.caselibrary.demo.ClassNames;
import com.lepton.caselibrary.i18n.Times;
import com.lepton.caselibrary.layout.SharedHtml;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The trained model's facts: held-out metrics against baselines, training, forecast against actuals, confusion matrix and curve. */
class ModelCardPanel extends Div {

    /** More metrics than this in the baseline table turn it to metric rows and baseline columns. */
    private static final int WIDEST_BASELINE_TABLE = 3;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final NumberFormat decimal;
    private final Locale locale;
    private final Map<String, LocalizedText> classNames;

    /**
     * @param classNames each class key's name as the case names it ({@link ClassNames}); a key
     *                   without one is shown as it is
     */
    ModelCardPanel(ModelCard card, Map<String, LocalizedText> classNames, Locale locale) {
        this.locale = locale;
        this.classNames = classNames;
        setId("model-card");
        addClassName("model-card");
        decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(4);
        add(new H2(getTranslation("modelcard.title")));
        add(configureFacts(card, locale));
        if (card.testForecast() != null && !card.testForecast().dates().isEmpty()) {
            add(new H3(getTranslation("modelcard.forecast")), new TestForecastChart(card.testForecast(), locale));
        }
        if (!card.trainingCurve().isEmpty()) {
            String curve = CurveTitle.of(card, classNames, locale);
            add(new H3(curve), new TrainingCurve(card.trainingCurve(), curve, locale));
        }
        if (!card.confusionMatrix().isEmpty()) {
            add(
                    new H3(getTranslation("modelcard.confusion")),
                    ConfusionTable.of(
                            ClassNames.in(card.classLabels(), classNames, locale), card.confusionMatrix(), null));
        }
    }

    /** Shown where a case has no trained model. */
    static Div missing() {
        Div panel = new Div(new Paragraph());
        panel.setId("model-card");
        panel.addClassName("model-card");
        panel.add(
                new H2(panel.getTranslation("modelcard.title")),
                new Paragraph(panel.getTranslation("modelcard.missing")));
        return panel;
    }

    /** The facts are static text, so they are one element's HTML rather than 40 components in every session. */
    private Div configureFacts(ModelCard card, Locale locale) {
        StringBuilder html = new StringBuilder();
        fact(html, "modelcard.model", card.modelName() + " " + card.modelVersion());
        fact(html, "modelcard.dataset", card.dataset(locale));
        tableFact(html, "modelcard.metrics", metricTable(HeadlineMetrics.of(card.metrics(), card.baselines())));
        if (!card.baselines().isEmpty()) {
            tableFact(html, "modelcard.baselines", baselineTable(card.baselines()));
        }
        fact(html, "modelcard.params", NumberFormat.getIntegerInstance(locale).format(card.parameterCount()));
        fact(
                html,
                "modelcard.training",
                getTranslation(
                        "modelcard.training.value",
                        card.epochs(),
                        decimal.format(card.trainingSeconds()),
                        card.trainedOn(locale),
                        String.valueOf(card.seed())));
        fact(html, "modelcard.trainedAt", trainedAt(card, locale));
        Div facts = new Div();
        facts.addClassName("facts");
        SharedHtml.set(facts, html.toString());
        return facts;
    }

    /** When the model was trained, as the portal shows a moment in the reader's language (the card has ISO-8601). */
    static String trainedAt(ModelCard card, Locale locale) {
        return Times.format(card.trainedAt(), locale);
    }

    private void fact(StringBuilder html, String labelKey, String value) {
        label(html, labelKey)
                .append("<span class=\"fact-value\">")
                .append(keepDatesWhole(SharedHtml.escape(value)))
                .append("</span></div>");
    }

    /** An ISO date never breaks at its hyphens (the narrow zh column showed "2016-" and "12-22" on two lines). */
    static String keepDatesWhole(String escapedHtml) {
        return ISO_DATE.matcher(escapedHtml).replaceAll("<span class=\"date\">$0</span>");
    }

    /** A table built from numbers and escaped names only, so no sanitizing is needed. */
    private void tableFact(StringBuilder html, String labelKey, String table) {
        label(html, labelKey)
                .append("<div class=\"metrics-wrapper fact-value\">")
                .append(table)
                .append("</div></div>");
    }

    private StringBuilder label(StringBuilder html, String labelKey) {
        return html.append("<div class=\"fact\"><span class=\"fact-label\">")
                .append(SharedHtml.escape(getTranslation(labelKey)))
                .append("</span>");
    }

    /** Metric name and value, one row each, a class by the name the case gives it. */
    private String metricTable(Map<String, Double> values) {
        return nameValueTable(values, name -> MetricNames.metric(name, classNames, locale));
    }

    /** Name and value, one row each, each name in words of the page's language. */
    private String nameValueTable(Map<String, Double> values, Function<String, String> words) {
        StringBuilder html = new StringBuilder("<table class=\"metrics\"><tbody>");
        new TreeMap<>(values)
                .forEach((name, value) -> html.append("<tr><th scope=\"row\">")
                        .append(SharedHtml.escape(words.apply(name)))
                        .append("</th><td>")
                        .append(decimal.format(value))
                        .append("</td></tr>"));
        return html.append("</tbody></table>").toString();
    }

    /**
     * Baselines keyed {@code baseline.metric} become a baseline-by-metric table, so each can be read
     * against the model's own metric of the same name; plain keys become a list.
     */
    private String baselineTable(Map<String, Double> values) {
        if (!values.keySet().stream().allMatch(key -> key.contains("."))) {
            // Plain keys name baselines ("logisticRegression"), each with the case's main metric.
            return nameValueTable(values, name -> MetricNames.baseline(name, locale));
        }
        Map<String, Map<String, Double>> byBaseline = new TreeMap<>();
        SortedSet<String> metrics = new TreeSet<>();
        values.forEach((key, value) -> {
            int dot = key.indexOf('.');
            byBaseline
                    .computeIfAbsent(key.substring(0, dot), name -> new TreeMap<>())
                    .put(key.substring(dot + 1), value);
            metrics.add(key.substring(dot + 1));
        });
        if (metrics.size() > WIDEST_BASELINE_TABLE) {
            return baselineColumns(byBaseline, metrics);
        }
        StringBuilder html = new StringBuilder("<table class=\"metrics\"><thead><tr><th></th>");
        metrics.forEach(metric -> html.append("<th scope=\"col\">")
                .append(SharedHtml.escape(MetricNames.metric(metric, classNames, locale)))
                .append("</th>"));
        html.append("</tr></thead><tbody>");
        byBaseline.forEach((baseline, row) -> {
            html.append("<tr><th scope=\"row\">")
                    .append(SharedHtml.escape(MetricNames.baseline(baseline, locale)))
                    .append("</th>");
            metrics.forEach(metric -> html.append("<td>")
                    .append(row.containsKey(metric) ? decimal.format(row.get(metric)) : "–")
                    .append("</td>"));
            html.append("</tr>");
        });
        return html.append("</tbody></table>").toString();
    }

    /** Many metrics (e.g. one per class) read better as rows: metric by baseline. */
    private String baselineColumns(Map<String, Map<String, Double>> byBaseline, SortedSet<String> metrics) {
        StringBuilder html = new StringBuilder("<table class=\"metrics\"><thead><tr><th></th>");
        byBaseline
                .keySet()
                .forEach(baseline -> html.append("<th scope=\"col\">")
                        .append(SharedHtml.escape(MetricNames.baseline(baseline, locale)))
                        .append("</th>"));
        html.append("</tr></thead><tbody>");
        metrics.forEach(metric -> {
            html.append("<tr><th scope=\"row\">")
                    .append(SharedHtml.escape(MetricNames.metric(metric, classNames, locale)))
                    .append("</th>");
            byBaseline
                    .values()
                    .forEach(row -> html.append("<td>")
                            .append(row.containsKey(metric) ? decimal.format(row.get(metric)) : "–")
                            .append("</td>"));
            html.append("</tr>");
        });
        return html.append("</tbody></table>").toString();
    }
}
