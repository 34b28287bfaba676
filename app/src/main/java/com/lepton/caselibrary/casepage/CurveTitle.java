package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.i18n.Messages;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a model card's training curve measures, in the reader's language. A trainer records the kept epoch's point of
 * its curve as a validation metric ({@code validationMse}, {@code validationF1.spam}), so the card's validation metric
 * that is one of the curve's points names the curve; where that point is the curve's lowest, lower is better. A card
 * that names none is taken to plot a classifier's validation accuracy or a forecaster's validation RMSE.
 */
final class CurveTitle {

    private static final String VALIDATION = "validation";

    private CurveTitle() {}

    /** E.g. "Validation MSE per epoch, lower is better" or "每轮验证集准确率". */
    static String of(ModelCard card, Map<String, LocalizedText> classNames, Locale locale) {
        Optional<String> named = metricKey(card);
        String key = named.orElse(card.classLabels().isEmpty() ? "validationRmse" : "validationAccuracy");
        boolean lowerIsBetter = named.isPresent() && keptAtLowest(card.metrics().get(key), card.trainingCurve());
        return Messages.format(
                lowerIsBetter ? "modelcard.curve.lower" : "modelcard.curve",
                locale,
                MetricNames.metric(key, classNames, locale));
    }

    /** The card's validation metric whose value is one of the curve's points; the first by name if several are. */
    static Optional<String> metricKey(ModelCard card) {
        return card.metrics().entrySet().stream()
                .filter(metric -> metric.getKey().startsWith(VALIDATION)
                        && card.trainingCurve().contains(metric.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst();
    }

    /** The kept epoch is the best one, so a kept point below every other means the curve is a loss or an error. */
    private static boolean keptAtLowest(double kept, List<Double> curve) {
        return kept == Collections.min(curve) && kept < Collections.max(curve);
    }
}
