package com.lepton.caselibrary.api;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the host's training command gives a {@link ModelTrainer}.
 *
 * @param dataDirectory   where the installed data set lies (e.g. {@code /usr/share/...}), found by the host
 * @param outputDirectory where to write the SavedModel directory; the host writes the model card beside it
 * @param seed            the random seed to use for everything random
 * @param epochs          training epochs, or 0 for the trainer's default
 * @param log             progress messages for the operator
 */
public record TrainingContext(Path dataDirectory, Path outputDirectory, long seed, int epochs, PrintStream log) {

    public TrainingContext {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(log, "log");
    }
}
