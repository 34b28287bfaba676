package com.lepton.caselibrary.trainingkit;

import com.lepton.caselibrary.api.DemoInput;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Fine-tuning for the cases that ship {@link SeedCnn}: all layers train with Adam at a small learning rate (large
 * steps would wipe out what the shipped model knows); the rest is {@link ClassifierFineTuning}.
 */
public final class SeedCnnFineTuning extends ClassifierFineTuning<float[]> {

    /** Below the from-scratch rate ({@link SeedCnnTraining#LEARNING_RATE}): 3e-4 was still climbing after 10 epochs of the bench. */
    public static final float LEARNING_RATE = 6e-4f;

    private final Function<BufferedImage, float[]> modelPixels;

    /**
     * @param classes     the class keys in the model's output order (ten)
     * @param modelPixels the case's own image preparation, the {@value SeedCnn#PIXELS} values the model sees
     */
    public SeedCnnFineTuning(List<String> classes, Function<BufferedImage, float[]> modelPixels) {
        super(classes);
        if (classes.size() != SeedCnn.CLASSES) {
            throw new IllegalArgumentException("the seed CNN has " + SeedCnn.CLASSES + " classes: " + classes);
        }
        this.modelPixels = modelPixels;
    }

    @Override
    protected float[] encode(DemoInput input) {
        if (!(input instanceof DemoInput.Image(BufferedImage image))) {
            throw new IllegalArgumentException("an example is not an image");
        }
        return modelPixels.apply(image);
    }

    @Override
    protected List<float[]> shippedParameters(Path shippedModel) {
        return SeedCnn.readParameters(shippedModel);
    }

    @Override
    protected int batchSize() {
        return SeedCnnTraining.BATCH_SIZE;
    }

    @Override
    protected Training<float[]> training(List<float[]> parameters, int threads, Random random) {
        SeedCnn.Training network = new SeedCnn.Training(parameters, LEARNING_RATE, threads);
        return new Training<>() {
            @Override
            public double step(List<float[]> inputs, int[] labels) {
                return network.step(pixels(inputs), labels, inputs.size());
            }

            @Override
            public float[] predict(List<float[]> inputs) {
                return network.predict(pixels(inputs), inputs.size());
            }

            @Override
            public List<float[]> snapshot() {
                return network.snapshot();
            }

            @Override
            public void close() {
                network.close();
            }
        };
    }

    @Override
    protected Serving<float[]> serving(List<float[]> parameters, int threads) {
        SeedCnn.Serving network = new SeedCnn.Serving(parameters, threads);
        return new Serving<>() {
            @Override
            public float[] predict(List<float[]> inputs) {
                return network.predict(pixels(inputs), inputs.size());
            }

            @Override
            public void export(Path directory) throws IOException {
                network.export(directory);
            }

            @Override
            public void close() {
                network.close();
            }
        };
    }

    /** The batch's images one after the other, as the graph reads them. */
    private static float[] pixels(List<float[]> inputs) {
        float[] pixels = new float[inputs.size() * SeedCnn.PIXELS];
        for (int i = 0; i < inputs.size(); i++) {
            System.arraycopy(inputs.get(i), 0, pixels, i * SeedCnn.PIXELS, SeedCnn.PIXELS);
        }
        return pixels;
    }
}
