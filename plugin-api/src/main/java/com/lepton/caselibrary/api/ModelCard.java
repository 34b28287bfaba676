package com.lepton.caselibrary.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts about a trained model that a case page shows, written next to the SavedModel by
 * the training command and shipped in the plugin jar.
 *
 * @param modelName        the model's name
 * @param modelVersion     the model's version
 * @param dataset          the training data's name and split, e.g. {@code Fashion-MNIST: 60000 train / 10000 test}
 * @param trainExamples    examples used for training
 * @param testExamples     held-out examples used for the metrics
 * @param metrics          metric name to value on the held-out set, e.g. {@code accuracy -> 0.912}
 * @param baselines        baseline name to value of the main metric, for comparison
 * @param classLabels      class keys in the model's order, empty for regression
 * @param confusionMatrix  rows are true classes, columns predicted ones; empty for regression
 * @param trainingCurve    the main metric after each epoch (held-out validation)
 * @param epochs           training epochs
 * @param seed             random seed used for initialisation and shuffling
 * @param parameterCount   number of trainable parameters
 * @param trainingSeconds  wall-clock training time
 * @param trainedOn        the machine description, e.g. {@code 2 CPU cores}
 * @param trainedAt        ISO-8601 date and time of training
 */
public record ModelCard(
        String modelName,
        String modelVersion,
        String dataset,
        int trainExamples,
        int testExamples,
        Map<String, Double> metrics,
        Map<String, Double> baselines,
        List<String> classLabels,
        List<List<Integer>> confusionMatrix,
        List<Double> trainingCurve,
        int epochs,
        long seed,
        long parameterCount,
        double trainingSeconds,
        String trainedOn,
        String trainedAt) {

    public ModelCard {
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(dataset, "dataset");
        metrics = Map.copyOf(metrics);
        baselines = Map.copyOf(baselines);
        classLabels = List.copyOf(classLabels);
        confusionMatrix = confusionMatrix.stream().map(List::copyOf).toList();
        trainingCurve = List.copyOf(trainingCurve);
    }
}
