package com.lepton.caselibrary.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the host gives {@link FineTuning#fineTune} (since plugin-api 1.5.0).
 *
 * @param examples        the training examples (the plugin may keep some of them aside to pick the best epoch)
 * @param heldOut         examples kept out of training, used only to compare the shipped and the tuned model
 * @param epochs          training epochs, or 0 for {@link FineTuning#defaultEpochs()}
 * @param seed            the seed for everything random
 * @param threads         the most CPU threads training may use (the host's CPU budget), at least 1
 * @param shippedModel    the shipped SavedModel, unpacked by the host: the starting weights
 * @param outputDirectory where to write the tuned SavedModel
 * @since 1.5.0
 */
public record FineTuneRequest(
        List<LabelledExample> examples,
        List<LabelledExample> heldOut,
        int epochs,
        long seed,
        int threads,
        Path shippedModel,
        Path outputDirectory) {

    public FineTuneRequest {
        examples = List.copyOf(examples);
        heldOut = List.copyOf(heldOut);
        Objects.requireNonNull(shippedModel, "shippedModel");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        if (examples.isEmpty() || heldOut.isEmpty()) {
            throw new IllegalArgumentException("fine-tuning needs training and held-out examples");
        }
        if (epochs < 0 || threads < 1) {
            throw new IllegalArgumentException(
                    "epochs must not be negative and threads positive: " + epochs + ", " + threads);
        }
    }
}
