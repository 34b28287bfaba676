package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.charts.LineChart;
import com.lepton.caselibrary.i18n.Languages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;

/**
 * A batch of posts as a risk warning: a headline (warning or calm), the share of warning posts and
 * its trend, the rolling share along the batch against the warning line, and every post with its class.
 */
public class RiskSignalView extends Div {

    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    /** Characters of each post shown in the list. */
    static final int EXCERPT = 140;

    public RiskSignalView(DemoResult.RiskSignal signal, Locale locale) {
        addClassName("risk-signal");
        getElement().setAttribute("data-warning", String.valueOf(signal.warning()));
        getElement().setAttribute("data-share", String.format(Locale.ROOT, "%.4f", signal.share()));
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(0);
        String riskLabel = riskLabel(signal);

        H3 headline = new H3(getTranslation(
                signal.warning() ? "batch.result.warning" : "batch.result.calm",
                signal.flaggedCount(),
                signal.size(),
                riskLabel));
        headline.setId("batch-headline");
        headline.addClassName("demo-headline");
        headline.addClassName(signal.warning() ? "risk-warning" : "risk-calm");
        long trendPoints = Math.round(signal.trend() * 100);
        Paragraph figures = new Paragraph(getTranslation(
                "batch.result.figures",
                percent.format(signal.share()),
                trendPoints > 0 ? "+" + trendPoints : String.valueOf(trendPoints),
                percent.format(signal.warningShare())));
        figures.setId("batch-figures");
        add(headline, figures);

        if (signal.size() >= 2) {
            Div chart = new Div();
            chart.addClassName("forecast-svg");
            chart.addClassName("risk-chart");
            chart.getElement().setProperty("innerHTML", svg(signal, locale, riskLabel));
            Paragraph note = new Paragraph(getTranslation("batch.result.chart.note", signal.window()));
            note.addClassName("chart-note");
            add(chart, note);
        }
        add(posts(signal, percent));
    }

    /** The risk class's label in the visitor's language, from the first post's scores. */
    private static String riskLabel(DemoResult.RiskSignal signal) {
        return signal.classifications().getFirst().scores().stream()
                .filter(score -> score.key().equals(signal.riskClass()))
                .map(score -> Languages.pick(score.label()))
                .findFirst()
                .orElse(signal.riskClass());
    }

    private String svg(DemoResult.RiskSignal signal, Locale locale, String riskLabel) {
        double[] rolling =
                Arrays.stream(signal.rollingShare()).map(v -> v * 100).toArray();
        double[] line = new double[signal.size()];
        Arrays.fill(line, signal.warningShare() * 100);
        return LineChart.of(WIDTH, HEIGHT, locale)
                .describedAs(getTranslation("batch.result.chart.aria", riskLabel))
                .xLabel(getTranslation("batch.result.chart.x"))
                .yLabel(getTranslation("batch.result.chart.y"))
                .legend()
                .series(new LineChart.Series(
                        "history",
                        getTranslation("batch.result.chart.rolling", signal.window()),
                        rolling,
                        signal.window() - 1,
                        true))
                .series(LineChart.Series.of("forecast", getTranslation("batch.result.chart.threshold"), line))
                .svg();
    }

    private Div posts(DemoResult.RiskSignal signal, NumberFormat percent) {
        OrderedList list = new OrderedList();
        list.setId("batch-posts");
        list.addClassName("batch-posts");
        // The list scrolls past 24rem: keyboard users must be able to focus it to scroll (axe
        // scrollable-region-focusable).
        list.getElement().setAttribute("tabindex", "0");
        list.getElement().setAttribute("aria-label", getTranslation("batch.result.posts"));
        for (int i = 0; i < signal.size(); i++) {
            ClassScore top = signal.classifications().get(i).top();
            Span label = new Span(Languages.pick(top.label()) + " · " + percent.format(top.probability()));
            label.addClassName("batch-post-class");
            ListItem item =
                    new ListItem(label, new Span(" " + shorten(signal.texts().get(i))));
            item.addClassName(signal.flagged(i) ? "batch-post-flagged" : "batch-post-calm");
            list.add(item);
        }
        Div section = new Div(new H3(getTranslation("batch.result.posts")), list);
        section.addClassName("batch-post-list");
        return section;
    }

    private static String shorten(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }
}
