package com.lepton.caselibrary.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a series fine-tuning job produced, measured on the held-out forecasts only (since plugin-api 1.7.0).
 *
 * @param unit          the unit of the values and the errors, e.g. {@code ppm}
 * @param before        the shipped model's errors on the held-out forecasts: {@code rmse} and {@code mae}
 * @param after         the tuned model's errors, same keys
 * @param losses        the mean training loss of each epoch
 * @param curve         the validation RMSE after each epoch, lower is better
 * @param bestEpoch     the epoch (from 1) whose weights were kept
 * @param seconds       wall time of the training, evaluation included
 * @param heldOutDates  the date of each held-out value, for the error plot
 * @param actual        the held-out values themselves
 * @param shipped       the shipped model's forecast of each
 * @param tuned         the tuned model's forecast of each
 * @since 1.7.0
 */
public record SeriesFineTuneOutcome(
        String unit,
        Map<String, Double> before,
        Map<String, Double> after,
        List<Double> losses,
        List<Double> curve,
        int bestEpoch,
        double seconds,
        List<LocalDate> heldOutDates,
        List<Double> actual,
        List<Double> shipped,
        List<Double> tuned) {

    public SeriesFineTuneOutcome {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
        losses = List.copyOf(losses);
        curve = List.copyOf(curve);
        heldOutDates = List.copyOf(heldOutDates);
        actual = List.copyOf(actual);
        shipped = List.copyOf(shipped);
        tuned = List.copyOf(tuned);
        if (actual.size() != heldOutDates.size() || shipped.size() != actual.size() || tuned.size() != actual.size()) {
            throw new IllegalArgumentException("the held-out dates, values and forecasts differ in length");
        }
    }
}
