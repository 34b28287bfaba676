package com.lepton.caselibrary.plugins.healthcare;

import com.lepton.caselibrary.trainingkit.Evaluation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ECG model card's metrics, from the training kit's {@link Evaluation}, with "abnormal" (any class but normal) as the screening positive. */
final class EcgMetrics {

    private EcgMetrics() {}

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /**
     * The model card's metrics, rounded to four decimals: {@code accuracy}, {@code macroF1},
     * {@code abnormalSensitivity}, {@code abnormalSpecificity}, and per class
     * {@code sensitivity.KEY}, {@code specificity.KEY}, {@code precision.KEY} and {@code f1.KEY}.
     */
    static Map<String, Double> of(Evaluation evaluation, List<String> classKeys) {
        int normal = classKeys.indexOf(BeatClass.NORMAL.key());
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", round(evaluation.accuracy()));
        metrics.put("macroF1", round(evaluation.macroF1()));
        if (normal >= 0) {
            metrics.put("abnormalSensitivity", round(evaluation.screeningSensitivity(normal)));
            metrics.put("abnormalSpecificity", round(evaluation.screeningSpecificity(normal)));
        }
        for (int c = 0; c < classKeys.size(); c++) {
            metrics.put("sensitivity." + classKeys.get(c), round(evaluation.recall(c)));
            metrics.put("specificity." + classKeys.get(c), round(evaluation.specificity(c)));
            metrics.put("precision." + classKeys.get(c), round(evaluation.precision(c)));
            metrics.put("f1." + classKeys.get(c), round(evaluation.f1(c)));
        }
        return metrics;
    }
}
