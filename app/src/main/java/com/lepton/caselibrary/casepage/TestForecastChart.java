package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.api.ModelCard.TestForecast;
import com.lepton.caselibrary.charts.LineChart;
import com.lepton.caselibrary.charts.LineChart.Series;
import com.lepton.caselibrary.layout.SharedHtml;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;

/** A forecasting model's test period from its model card: actual values, the model's forecasts and persistence's. */
class TestForecastChart extends Div {

    static final int WIDTH = 480;
    static final int HEIGHT = 320;

    TestForecastChart(TestForecast forecast, Locale locale) {
        addClassName("test-forecast");
        Div chart = new Div();
        chart.addClassName("test-forecast-svg");
        SharedHtml.set(chart, svg(forecast, locale));
        add(chart);
        if (forecast.step() > 1) {
            Paragraph note = new Paragraph(getTranslation("modelcard.forecast.step", forecast.step()));
            note.addClassName("chart-note");
            add(note);
        }
    }

    String svg(TestForecast forecast, Locale locale) {
        List<String> dates = forecast.dates();
        return LineChart.of(WIDTH, HEIGHT, locale)
                .describedAs(getTranslation("modelcard.forecast.aria", LineChart.period(dates)))
                .overMonths(
                        dates,
                        getTranslation("modelcard.forecast.x"),
                        getTranslation("modelcard.forecast.y", forecast.unit()))
                // Large for the model card's narrow column, so it stays readable on a projector.
                .fontSize(16)
                .legend()
                .series(Series.of("series-actual", getTranslation("modelcard.forecast.actual"), forecast.actual()))
                .series(Series.of(
                        "series-persistence", getTranslation("modelcard.forecast.persistence"), forecast.persistence()))
                .series(Series.of("series-model", getTranslation("modelcard.forecast.model"), forecast.model()))
                .svg();
    }
}
