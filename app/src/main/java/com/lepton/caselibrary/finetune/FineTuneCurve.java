package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.charts.LineChart;
import com.lepton.caselibrary.charts.LineChart.Series;
import com.lepton.caselibrary.charts.LineChart.Tick;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;

/** A job's live curve: training loss and validation accuracy per epoch, redrawn after each epoch. */
class FineTuneCurve extends Div {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 220;

    FineTuneCurve() {
        setId("fine-tune-curve");
        addClassName("test-forecast-svg");
    }

    void show(FineTuneJob job, Locale locale) {
        List<Double> losses = job.losses();
        String svg = LineChart.of(WIDTH, HEIGHT, locale)
                .describedAs(getTranslation("finetune.curve.description", job.getEpoch(), job.getEpochs()))
                .xLabel(getTranslation("finetune.curve.epoch"))
                .xTicks(
                        losses.isEmpty()
                                ? List.of()
                                : List.of(new Tick(0, "1"), new Tick(losses.size() - 1, String.valueOf(losses.size()))))
                .yTicks(4)
                .legend()
                .series(new Series("series-actual", getTranslation("finetune.curve.loss"), values(losses), 0, true))
                .series(new Series(
                        "series-model", getTranslation("finetune.curve.validation"), values(job.curve()), 0, true))
                .svg();
        getElement().setProperty("innerHTML", svg);
    }

    private static double[] values(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
