package com.lepton.caselibrary.api;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Fine-tunes a forecasting case's shipped model on a client's own series, given by the host (since plugin-api
 * 1.7.0). The counterpart of {@link FineTuning} for cases whose examples are windows cut from one series rather
 * than labelled examples; a case offers it through {@link CaseStudyPlugin#seriesFineTuning()}.
 *
 * <p>The forecasts of the last {@link #HELD_OUT_SHARE} of the series' values ({@link #heldOutCount}) are held out:
 * they are used only to compare the shipped and the tuned model, never to train or to choose an epoch (their
 * windows may read earlier values, as any forecast does). The host checks the dates and values are ordered,
 * unique and numeric and that the length lies within {@link #minimumLength()} and {@link #maximumLength()}; the
 * plugin checks what only it knows (spacing of the dates, the range of the values) and refuses with a clear
 * message.
 *
 * <p>Progress is reported per epoch through {@link FineTuneProgress}, whose {@code validation} is for series the
 * validation RMSE in the series' unit: lower is better.
 *
 * @since 1.7.0
 */
public interface SeriesFineTuning {

    /** The share of the series, at its end, whose forecasts are held out for the before/after comparison. */
    double HELD_OUT_SHARE = 0.2;

    /** How many of the last values of a series of {@code length} are held out: a fifth, rounded up. */
    static int heldOutCount(int length) {
        return (int) Math.ceil(length * HELD_OUT_SHARE);
    }

    /** What the series must be, for the upload form: e.g. "monthly mean CO₂ in ppm, one row per month". */
    LocalizedText series();

    /** The unit of the values and of the RMSE and MAE, e.g. {@code ppm}. */
    String unit();

    /** The fewest values the plugin accepts. */
    int minimumLength();

    /** The most values the plugin accepts. */
    int maximumLength();

    /** The epochs used when the request asks for 0. */
    default int defaultEpochs() {
        return 30;
    }

    /**
     * Checks what only the plugin knows about a client's series (e.g. the spacing of the dates, the range of the
     * values) before the host starts a job, so that a refusal reaches the consultant at once, in their language, and
     * nothing is stored. The host has already checked order, uniqueness and length.
     *
     * @param dates  the dates, oldest first
     * @param values the values, one per date
     * @throws InvalidInputException with the reason in both languages
     */
    default void check(List<LocalDate> dates, List<Double> values) throws InvalidInputException {}

    /**
     * Starts from the shipped weights, trains on the forecasts of the series' first values, and evaluates the
     * shipped and the tuned model on the held-out last ones only; writes the tuned SavedModel (and whatever it
     * needs beside it) to {@code request.outputDirectory()}.
     *
     * @param request   the series, epochs, seed and where to write
     * @param progress  called after each epoch; {@code validation} is the validation RMSE
     * @param cancelled asked between batches; when it answers {@code true} the plugin stops and throws
     *                  {@link java.util.concurrent.CancellationException}
     * @return the before/after figures and the held-out forecasts
     * @throws IllegalArgumentException when the series cannot be used, with a message for the client
     * @throws Exception                when training fails; the host reports it
     */
    SeriesFineTuneOutcome fineTune(
            SeriesFineTuneRequest request, Consumer<FineTuneProgress> progress, BooleanSupplier cancelled)
            throws Exception;
}
