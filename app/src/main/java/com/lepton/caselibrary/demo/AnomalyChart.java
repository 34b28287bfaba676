package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.charts.LineChart;
import com.lepton.caselibrary.i18n.Languages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;

/** A series with its flagged readings marked as red dots, and how many were flagged (plugin-api 1.3.0). */
public class AnomalyChart extends Div {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;

    public AnomalyChart(DemoResult.Anomalies anomalies, Locale locale) {
        addClassName("anomaly-chart");
        int flagged = anomalies.flaggedCount();
        H3 headline = new H3(
                flagged == 0
                        ? getTranslation("anomaly.result.none", anomalies.series().length)
                        : getTranslation("anomaly.result.flagged", flagged, anomalies.series().length));
        headline.setId("anomaly-headline");
        headline.addClassName("demo-headline");
        headline.addClassName(flagged == 0 ? "risk-calm" : "risk-warning");
        Div svg = new Div();
        svg.addClassName("forecast-svg");
        String quantity = anomalies.quantity() == null ? "" : Languages.pick(anomalies.quantity());
        svg.getElement().setProperty("innerHTML", svg(anomalies, locale, quantity));
        Paragraph note = new Paragraph(getTranslation("anomaly.result.note"));
        note.addClassName("chart-note");
        add(headline, svg, note);
    }

    private String svg(DemoResult.Anomalies anomalies, Locale locale, String quantity) {
        double[] series = anomalies.series();
        double[] marks = new double[series.length];
        for (int i = 0; i < series.length; i++) {
            marks[i] = anomalies.flagged(i) ? series[i] : Double.NaN;
        }
        return LineChart.of(WIDTH, HEIGHT, locale)
                .describedAs(getTranslation("anomaly.result.aria", anomalies.flaggedCount()))
                .xLabel(getTranslation("anomaly.result.x"))
                .yLabel(quantity.isEmpty() ? null : quantity)
                .legend()
                .series(LineChart.Series.of("history", getTranslation("anomaly.result.readings"), series))
                .series(new LineChart.Series("anomaly", getTranslation("anomaly.result.marks"), marks, 0, true))
                .svg();
    }
}
