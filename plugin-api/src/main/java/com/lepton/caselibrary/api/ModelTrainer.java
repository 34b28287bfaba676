package com.lepton.caselibrary.api;

import java.nio.file.Path;
import java.util.List;

/**
 * Trains a case's model from its real data set and exports it as a SavedModel.
 *
 * <p>Run only by the host's training command, never while the portal serves visitors.
 */
public interface ModelTrainer {

    /**
     * Where the data set is installed, checked in order; the first that exists is used.
     *
     * @return candidate directories, e.g. {@code /usr/share/fashion-mnist}
     */
    List<Path> dataDirectories();

    /**
     * Trains the model, evaluates it on held-out data and writes the SavedModel to
     * {@code context.outputDirectory()}.
     *
     * @param context where to read and write, and the seed
     * @return the model card describing what was trained and how well it does
     * @throws Exception when the data is missing or training fails; the host reports it
     */
    ModelCard train(TrainingContext context) throws Exception;
}
