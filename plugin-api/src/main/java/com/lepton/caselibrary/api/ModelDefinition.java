package com.lepton.caselibrary.api;

import java.util.Objects;

/**
 * The trained model a plugin ships, for the host to load.
 *
 * <p>The model is a TensorFlow SavedModel directory inside the plugin jar, with a
 * {@code serving_default} signature. The host copies it out, loads it once with DJL's TensorFlow
 * engine and shares it between all demo runs.
 *
 * @param name              the model's name, e.g. {@code fashion-cnn}
 * @param version           the model's version, shown with every prediction and recorded with every run
 * @param savedModelPath    the SavedModel directory inside the plugin jar, e.g. {@code model/fashion-cnn}
 * @param modelCardPath     the JSON model card inside the plugin jar (metrics, data split, training time)
 * @param inputShape        the shape of one example, without the batch dimension, e.g. {@code 28, 28, 1}
 */
public record ModelDefinition(
        String name, String version, String savedModelPath, String modelCardPath, long... inputShape) {

    public ModelDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(savedModelPath, "savedModelPath");
        Objects.requireNonNull(modelCardPath, "modelCardPath");
        inputShape = inputShape.clone();
    }

    /**
     * A model shipped the usual way: the SavedModel in {@code model/NAME} inside the jar, its card
     * beside it as {@code model/NAME/model-card.json}.
     *
     * @since 1.4.0
     */
    public static ModelDefinition shipped(String name, String version, long... inputShape) {
        String savedModelPath = "model/" + name;
        return new ModelDefinition(name, version, savedModelPath, savedModelPath + "/model-card.json", inputShape);
    }

    /** A copy of the input shape, so callers cannot change this definition. */
    @Override
    public long[] inputShape() {
        return inputShape.clone();
    }
}
