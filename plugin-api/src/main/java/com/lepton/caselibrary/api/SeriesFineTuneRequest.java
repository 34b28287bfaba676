package com.lepton.caselibrary.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the host gives {@link SeriesFineTuning#fineTune} (since plugin-api 1.7.0): the client's whole series; the
 * plugin holds out the forecasts of its last {@link SeriesFineTuning#HELD_OUT_SHARE} itself.
 *
 * @param dates           the date of each value, strictly increasing
 * @param values          the values, finite, oldest first
 * @param epochs          training epochs, or 0 for {@link SeriesFineTuning#defaultEpochs()}
 * @param seed            the seed for everything random
 * @param threads         the most CPU threads training may use (the host's CPU budget), at least 1
 * @param shippedModel    the shipped SavedModel, unpacked by the host: the starting weights
 * @param outputDirectory where to write the tuned SavedModel
 * @since 1.7.0
 */
public record SeriesFineTuneRequest(
        List<LocalDate> dates,
        List<Double> values,
        int epochs,
        long seed,
        int threads,
        Path shippedModel,
        Path outputDirectory) {

    public SeriesFineTuneRequest {
        dates = List.copyOf(dates);
        values = List.copyOf(values);
        Objects.requireNonNull(shippedModel, "shippedModel");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        if (dates.size() != values.size() || dates.isEmpty()) {
            throw new IllegalArgumentException(dates.size() + " dates for " + values.size() + " values");
        }
        for (int i = 0; i < values.size(); i++) {
            if (!Double.isFinite(values.get(i))) {
                throw new IllegalArgumentException("value " + (i + 1) + " is not a number: " + values.get(i));
            }
            if (i > 0 && !dates.get(i).isAfter(dates.get(i - 1))) {
                throw new IllegalArgumentException("date " + dates.get(i) + " does not follow " + dates.get(i - 1));
            }
        }
        if (epochs < 0 || threads < 1) {
            throw new IllegalArgumentException(
                    "epochs must not be negative and threads positive: " + epochs + ", " + threads);
        }
    }
}
