package com.lepton.caselibrary.api;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Fine-tunes a case's shipped model on a client's labelled examples, given by the host (since plugin-api 1.5.0).
 *
 * <p>The host checks the examples (sizes, counts, labels among {@link #classes()}), holds a share out and runs
 * one job at a time in the background; the plugin trains, reports each epoch and honours cancellation. A case
 * offers it through {@link CaseStudyPlugin#fineTuning()}.
 *
 * @since 1.5.0
 */
public interface FineTuning {

    /** The class keys an example's label must be one of, in the model's output order. */
    List<String> classes();

    /** The fewest training examples per class the plugin accepts. */
    default int minimumExamplesPerClass() {
        return 5;
    }

    /** The epochs used when the request asks for 0. */
    default int defaultEpochs() {
        return 10;
    }

    /**
     * Starts from the shipped weights, trains on {@code request.examples()}, and evaluates the shipped and the
     * tuned model on {@code request.heldOut()} only; writes the tuned SavedModel to {@code request.outputDirectory()}.
     *
     * @param request   the examples, the held-out ones, epochs, seed and where to write
     * @param progress  called after each epoch
     * @param cancelled asked between batches; when it answers {@code true} the plugin stops and throws
     *                  {@link java.util.concurrent.CancellationException}
     * @return the before/after figures
     * @throws Exception when the examples cannot be used or training fails; the host reports it
     */
    FineTuneOutcome fineTune(FineTuneRequest request, Consumer<FineTuneProgress> progress, BooleanSupplier cancelled)
            throws Exception;
}
