package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.charts.LineChart;
import com.lepton.caselibrary.charts.LineChart.Series;
import com.lepton.caselibrary.charts.LineChart.Tick;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;

/**
 * A job's live curves, redrawn after each epoch: the training loss and the validation accuracy (a forecaster's
 * validation RMSE) side by side
 * (their scales differ too much for one axis).
 */
class FineTuneCurve extends Div {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 180;

    private final Div loss = new Div();
    private final Div validation = new Div();

    FineTuneCurve() {
        setId("fine-tune-curve");
        addClassName("fine-tune-curves");
        loss.addClassName("fine-tune-curve");
        validation.addClassName("fine-tune-curve");
        add(loss, validation);
    }

    /** @param series whether the job tunes a forecaster: its validation curve is an RMSE, lower is better */
    void show(FineTuneJob job, boolean series, Locale locale) {
        String description = series ? "finetune.curve.series-description" : "finetune.curve.description";
        loss.getElement()
                .setProperty(
                        "innerHTML",
                        chart(job, job.losses(), "finetune.curve.loss", description, "series-actual", locale));
        validation
                .getElement()
                .setProperty(
                        "innerHTML",
                        chart(
                                job,
                                job.curve(),
                                series ? "finetune.curve.validation-rmse" : "finetune.curve.validation",
                                description,
                                "series-model",
                                locale));
    }

    private String chart(
            FineTuneJob job,
            List<Double> values,
            String titleKey,
            String descriptionKey,
            String cssClass,
            Locale locale) {
        return LineChart.of(WIDTH, HEIGHT, locale)
                .describedAs(getTranslation(titleKey) + ": "
                        + getTranslation(descriptionKey, job.getEpoch(), job.getEpochs()))
                .xLabel(getTranslation("finetune.curve.epoch"))
                .yLabel(getTranslation(titleKey))
                .xTicks(Tick.epochs(values.size()))
                .yTicks(4)
                .series(Series.dotted(cssClass, values))
                .svg();
    }
}
