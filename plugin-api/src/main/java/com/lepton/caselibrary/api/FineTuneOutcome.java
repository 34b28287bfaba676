package com.lepton.caselibrary.api;

import java.util.List;
import java.util.Map;

/**
 * What a fine-tuning job produced, measured on the held-out examples only (since plugin-api 1.5.0).
 *
 * @param classes         the class keys, the order of the confusion matrices' rows and columns
 * @param before          the shipped model's metrics (e.g. {@code accuracy}, {@code macroF1})
 * @param after           the tuned model's metrics, same keys
 * @param confusionBefore the shipped model's confusion matrix, rows = truth, columns = prediction
 * @param confusionAfter  the tuned model's confusion matrix
 * @param losses          the mean training loss of each epoch
 * @param curve           the validation metric after each epoch
 * @param bestEpoch       the epoch (from 1) whose weights were kept
 * @param seconds         wall time of the training, evaluation included
 * @since 1.5.0
 */
public record FineTuneOutcome(
        List<String> classes,
        Map<String, Double> before,
        Map<String, Double> after,
        List<List<Integer>> confusionBefore,
        List<List<Integer>> confusionAfter,
        List<Double> losses,
        List<Double> curve,
        int bestEpoch,
        double seconds) {

    public FineTuneOutcome {
        classes = List.copyOf(classes);
        before = Map.copyOf(before);
        after = Map.copyOf(after);
        losses = List.copyOf(losses);
        curve = List.copyOf(curve);
        confusionBefore = confusionBefore.stream().map(List::copyOf).toList();
        confusionAfter = confusionAfter.stream().map(List::copyOf).toList();
    }
}
