package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.charts.LineChart;
import com.lepton.caselibrary.charts.LineChart.Band;
import com.lepton.caselibrary.charts.LineChart.Series;
import com.lepton.caselibrary.i18n.Languages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A forecast as a server-rendered SVG: the history as a line, the forecast continuing it in another
 * colour and, when the model card holds a test period, the band in which 90 % of the model's
 * held-out errors fell, shaded around the forecast (opening from the last known value).
 */
class ForecastChart extends Div {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;

    ForecastChart(DemoResult.Forecast forecast, ForecastBand band, Locale locale) {
        addClassName("forecast-chart");
        double[] ahead = forecast.forecast();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        String next = ahead.length == 0 ? "" : number.format(ahead[ahead.length - 1]);
        String quantity = forecast.quantity() == null ? "" : Languages.pick(forecast.quantity());
        H3 headline = new H3(
                quantity.isEmpty()
                        ? getTranslation("demo.result.forecast", next)
                        : getTranslation("demo.result.forecast.of", quantity, next));
        headline.addClassName("demo-headline");
        add(headline);

        Div svg = new Div();
        svg.addClassName("forecast-svg");
        svg.getElement().setProperty("innerHTML", svg(forecast, band, locale));
        add(svg);
        if (band != null && ahead.length > 0) {
            Paragraph note = new Paragraph(getTranslation(
                    "demo.result.band.note",
                    number.format(band.lower()[ahead.length - 1]),
                    number.format(band.upper()[ahead.length - 1]),
                    band.interval().within(),
                    band.interval().errors()));
            note.setId("forecast-band-note");
            note.addClassName("chart-note");
            add(note);
        }
    }

    /** The words on the chart, in the visitor's language. */
    record Labels(String aria, String bandAria, String history, String forecast, String band) {}

    private String svg(DemoResult.Forecast forecast, ForecastBand band, Locale locale) {
        return svg(
                forecast,
                band,
                locale,
                new Labels(
                        getTranslation("demo.result.forecast.aria"),
                        getTranslation("demo.result.forecast.aria.band"),
                        getTranslation("demo.result.history"),
                        getTranslation("demo.result.forecast.line"),
                        getTranslation("demo.result.band")));
    }

    /** The chart's SVG; with a band, a legend names the three parts. */
    static String svg(DemoResult.Forecast forecast, ForecastBand band, Locale locale, Labels labels) {
        double[] history = forecast.history();
        double[] ahead = forecast.forecast();
        boolean banded = band != null && ahead.length > 0 && history.length > 0;
        LineChart chart = LineChart.of(WIDTH, HEIGHT, locale)
                .describedAs(banded ? labels.bandAria() : labels.aria())
                .series(Series.of("history", banded ? labels.history() : null, history));
        if (ahead.length > 0 && history.length > 0) {
            double last = history[history.length - 1];
            if (banded) {
                // The band opens from the last known value, which is certain, to the forecast's range.
                chart.legend()
                        .band(new Band(
                                "forecast-band",
                                labels.band(),
                                prepend(last, band.lower()),
                                prepend(last, band.upper()),
                                history.length - 1));
            }
            // The forecast continues the history's last point.
            chart.series(new Series(
                    "forecast", banded ? labels.forecast() : null, prepend(last, ahead), history.length - 1, false));
        }
        return chart.svg();
    }

    private static double[] prepend(double first, double[] rest) {
        double[] joined = new double[rest.length + 1];
        joined[0] = first;
        System.arraycopy(rest, 0, joined, 1, rest.length);
        return joined;
    }
}
