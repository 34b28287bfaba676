package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.charts.LineChart;
import com.lepton.caselibrary.charts.LineChart.Series;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.text.NumberFormat;
import java.util.Locale;

/** A forecast as a server-rendered SVG: the history as a line, the forecast continuing it in another colour. */
class ForecastChart extends Div {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;

    ForecastChart(DemoResult.Forecast forecast, Locale locale) {
        addClassName("forecast-chart");
        double[] history = forecast.history();
        double[] ahead = forecast.forecast();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        String next = ahead.length == 0 ? "" : number.format(ahead[ahead.length - 1]);
        String quantity = forecast.quantity() == null ? "" : com.lepton.caselibrary.i18n.Languages.pick(forecast.quantity());
        H3 headline = new H3(quantity.isEmpty() ? getTranslation("demo.result.forecast", next)
                : getTranslation("demo.result.forecast.of", quantity, next));
        headline.addClassName("demo-headline");
        add(headline);

        LineChart chart = LineChart.of(WIDTH, HEIGHT, locale)
                .describedAs(getTranslation("demo.result.forecast.aria"))
                .series(Series.of("history", null, history));
        if (ahead.length > 0 && history.length > 0) {
            // The forecast continues the history's last point.
            double[] joined = new double[ahead.length + 1];
            joined[0] = history[history.length - 1];
            System.arraycopy(ahead, 0, joined, 1, ahead.length);
            chart.series(new Series("forecast", null, joined, history.length - 1, false));
        }
        Div svg = new Div();
        svg.addClassName("forecast-svg");
        svg.getElement().setProperty("innerHTML", chart.svg());
        add(svg);
    }
}
