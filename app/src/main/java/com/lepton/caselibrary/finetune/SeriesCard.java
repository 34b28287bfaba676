package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.SeriesFineTuneOutcome;
import com.lepton.caselibrary.charts.LineChart;
import com.lepton.caselibrary.charts.LineChart.Series;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The before/after card of a finished series job: RMSE and MAE of the shipped and the tuned model on the client's
 * held-out last fifth, and the error plot (held-out actual values against both models' forecasts) where a
 * classifier's card shows confusion matrices. Built from numbers and escaped names only.
 */
class SeriesCard extends OutcomeCard {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 300;

    SeriesCard(FineTuneJob job, SeriesFineTuneOutcome outcome, Locale locale) {
        super(job, "finetune.card.series-lead", locale);
        addMetrics(
                List.of("rmse", "mae"),
                metric -> getTranslation("finetune.metric." + metric, outcome.unit()),
                outcome.before(),
                outcome.after());
        addTraining(outcome.bestEpoch(), outcome.curve().size(), outcome.seconds());
        Div plot = new Div();
        plot.setId("fine-tune-error-plot");
        plot.addClassName("fine-tune-error-plot");
        plot.getElement().setProperty("innerHTML", svg(outcome, locale));
        add(new H3(getTranslation("finetune.card.error-plot")), plot);
    }

    private String svg(SeriesFineTuneOutcome outcome, Locale locale) {
        List<String> dates =
                outcome.heldOutDates().stream().map(LocalDate::toString).toList();
        return LineChart.of(WIDTH, HEIGHT, locale)
                .describedAs(getTranslation("finetune.card.error-plot.aria", LineChart.period(dates)))
                .overMonths(
                        dates,
                        getTranslation("modelcard.forecast.x"),
                        getTranslation("modelcard.forecast.y", outcome.unit()))
                .legend()
                .series(Series.of("series-actual", getTranslation("modelcard.forecast.actual"), outcome.actual()))
                .series(Series.of("series-persistence", getTranslation("finetune.card.shipped"), outcome.shipped()))
                .series(Series.of("series-model", getTranslation("finetune.card.tuned"), outcome.tuned()))
                .svg();
    }
}
