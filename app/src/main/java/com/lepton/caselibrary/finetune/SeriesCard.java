package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.SeriesFineTuneOutcome;
import com.lepton.caselibrary.charts.LineChart;
import com.lepton.caselibrary.charts.LineChart.Series;
import com.lepton.caselibrary.charts.LineChart.Tick;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The before/after card of a finished series job: RMSE and MAE of the shipped and the tuned model on the client's
 * held-out last fifth, and the error plot (held-out actual values against both models' forecasts) where a
 * classifier's card shows confusion matrices. Built from numbers and escaped names only.
 */
class SeriesCard extends Div {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 300;
    private static final int DATE_TICKS = 4;

    SeriesCard(FineTuneJob job, SeriesFineTuneOutcome outcome, Locale locale) {
        setId("fine-tune-card");
        addClassName("model-card");
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(4);
        add(new H2(getTranslation("finetune.card.title", job.getClient())));
        add(new Paragraph(getTranslation("finetune.card.series-lead", job.getHeldOutCount(), job.getTrainCount())));
        StringBuilder html = new StringBuilder("<table class=\"metrics\"><thead><tr><th></th><th scope=\"col\">")
                .append(escape(getTranslation("finetune.card.shipped")))
                .append("</th><th scope=\"col\">")
                .append(escape(getTranslation("finetune.card.tuned")))
                .append("</th></tr></thead><tbody>");
        for (String metric : List.of("rmse", "mae")) {
            html.append("<tr><th scope=\"row\">")
                    .append(escape(getTranslation("finetune.metric." + metric, outcome.unit())))
                    .append("</th><td>")
                    .append(decimal.format(outcome.before().getOrDefault(metric, 0.0)))
                    .append("</td><td>")
                    .append(decimal.format(outcome.after().getOrDefault(metric, 0.0)))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        Div metrics = new Div();
        metrics.addClassName("metrics-wrapper");
        metrics.getElement().setProperty("innerHTML", html.toString());
        add(metrics);
        add(new Paragraph(getTranslation(
                "finetune.card.training",
                outcome.bestEpoch(),
                outcome.curve().size(),
                decimal.format(outcome.seconds()))));
        Div plot = new Div();
        plot.setId("fine-tune-error-plot");
        plot.addClassName("fine-tune-error-plot");
        plot.getElement().setProperty("innerHTML", svg(outcome, locale));
        add(new H3(getTranslation("finetune.card.error-plot")), plot);
    }

    private String svg(SeriesFineTuneOutcome outcome, Locale locale) {
        List<LocalDate> dates = outcome.heldOutDates();
        String period = dates.isEmpty() ? "" : dates.getFirst() + " – " + dates.getLast();
        return LineChart.of(WIDTH, HEIGHT, locale)
                .describedAs(getTranslation("finetune.card.error-plot.aria", period))
                .xLabel(getTranslation("modelcard.forecast.x"))
                .yLabel(getTranslation("modelcard.forecast.y", outcome.unit()))
                .xTicks(ticks(dates))
                .yTicks(5)
                .legend()
                .series(Series.of("series-actual", getTranslation("modelcard.forecast.actual"), outcome.actual()))
                .series(Series.of("series-persistence", getTranslation("finetune.card.shipped"), outcome.shipped()))
                .series(Series.of("series-model", getTranslation("finetune.card.tuned"), outcome.tuned()))
                .svg();
    }

    /** A few evenly spaced dates, as year and month. */
    private static List<Tick> ticks(List<LocalDate> dates) {
        List<Tick> ticks = new ArrayList<>();
        int count = Math.min(DATE_TICKS, dates.size());
        for (int k = 0; k < count; k++) {
            int index = count == 1 ? 0 : (int) Math.round((double) k * (dates.size() - 1) / (count - 1));
            ticks.add(new Tick(index, dates.get(index).toString().substring(0, 7)));
        }
        return ticks;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
