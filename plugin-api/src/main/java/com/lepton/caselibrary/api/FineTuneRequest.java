package com.lepton.caselibrary.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the host gives {@link FineTuning#fineTune} (since plugin-api 1.5.0).
 *
 * @param examples        the training examples
 * @param heldOut         examples kept out of training, used only to compare the shipped and the tuned model
 * @param epochs          training epochs, or 0 for {@link FineTuning#defaultEpochs()}
 * @param seed            the seed for everything random
 * @param outputDirectory where to write the tuned SavedModel
 * @since 1.5.0
 */
public record FineTuneRequest(
        List<LabelledExample> examples, List<LabelledExample> heldOut, int epochs, long seed, Path outputDirectory) {

    public FineTuneRequest {
        examples = List.copyOf(examples);
        heldOut = List.copyOf(heldOut);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        if (examples.isEmpty() || heldOut.isEmpty()) {
            throw new IllegalArgumentException("fine-tuning needs training and held-out examples");
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must not be negative: " + epochs);
        }
    }
}
