package com.lepton.caselibrary.trainingkit;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.FineTuneOutcome;
import com.lepton.caselibrary.api.FineTuneProgress;
import com.lepton.caselibrary.api.FineTuneRequest;
import com.lepton.caselibrary.api.FineTuning;
import com.lepton.caselibrary.api.LabelledExample;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Fine-tuning for the cases that ship {@link SeedCnn}: starts from the shipped weights, trains all layers with
 * Adam at a small learning rate (large steps would wipe out what the shipped model knows), keeps the epoch with
 * the best accuracy on a tenth of the client's training examples, and compares the shipped and the tuned model
 * on the held-out examples only. Seeded; stops between batches when cancelled.
 */
public final class SeedCnnFineTuning implements FineTuning {

    /** Below the from-scratch rate ({@link SeedCnnTraining#LEARNING_RATE}): 3e-4 was still climbing after 10 epochs of the bench. */
    public static final float LEARNING_RATE = 6e-4f;

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private final List<String> classes;
    private final Function<BufferedImage, float[]> modelPixels;

    /**
     * @param classes     the class keys in the model's output order (ten)
     * @param modelPixels the case's own image preparation, the {@value SeedCnn#PIXELS} values the model sees
     */
    public SeedCnnFineTuning(List<String> classes, Function<BufferedImage, float[]> modelPixels) {
        if (classes.size() != SeedCnn.CLASSES) {
            throw new IllegalArgumentException("the seed CNN has " + SeedCnn.CLASSES + " classes: " + classes);
        }
        this.classes = List.copyOf(classes);
        this.modelPixels = modelPixels;
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    @Override
    public FineTuneOutcome fineTune(
            FineTuneRequest request, Consumer<FineTuneProgress> progress, BooleanSupplier cancelled)
            throws IOException {
        // DJL loads libtensorflow's JNI library; TF Java classes fail to link without it.
        Engine.getEngine("TensorFlow");
        long start = System.nanoTime();
        Examples train = examples(request.examples());
        Examples heldOut = examples(request.heldOut());
        int epochs = request.epochs() > 0 ? request.epochs() : defaultEpochs();
        int threads = request.threads();

        // A tenth of the training examples picks the epoch, so the held-out ones stay untouched until the end.
        int[] order = Shuffle.identity(train.count());
        Random random = new Random(request.seed());
        Shuffle.shuffle(order, random);
        int validationCount = Math.max(1, train.count() / 10);
        Examples validation = train.subset(Arrays.copyOfRange(order, 0, validationCount));
        int[] fit = Arrays.copyOfRange(order, validationCount, order.length);
        if (fit.length == 0) {
            throw new IllegalArgumentException("too few training examples: " + train.count());
        }

        List<float[]> shipped = SeedCnn.readParameters(request.shippedModel());
        Evaluation before;
        try (SeedCnn.Serving serving = new SeedCnn.Serving(shipped, threads)) {
            before = SeedCnnTraining.evaluate(serving::predict, heldOut);
        }
        EpochLoop.Outcome outcome;
        try (SeedCnn.Training network = new SeedCnn.Training(shipped, LEARNING_RATE, threads)) {
            outcome = EpochLoop.run(
                    new TuningNetwork(network, train, validation, epochs, progress, cancelled),
                    fit,
                    epochs,
                    SeedCnnTraining.BATCH_SIZE,
                    random,
                    "accuracy",
                    QUIET);
        }
        Evaluation after;
        try (SeedCnn.Serving serving = new SeedCnn.Serving(outcome.bestWeights(), threads)) {
            after = SeedCnnTraining.evaluate(serving::predict, heldOut);
            SavedModelExport.clear(request.outputDirectory());
            serving.export(request.outputDirectory());
        }
        return new FineTuneOutcome(
                classes,
                summary(before),
                summary(after),
                before.confusionMatrix(),
                after.confusionMatrix(),
                outcome.losses(),
                outcome.curve(),
                outcome.bestEpoch(),
                (System.nanoTime() - start) / 1e9);
    }

    private static Map<String, Double> summary(Evaluation evaluation) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", evaluation.accuracy());
        metrics.put("macroF1", evaluation.macroF1());
        return metrics;
    }

    private Examples examples(List<LabelledExample> examples) {
        float[] pixels = new float[examples.size() * SeedCnn.PIXELS];
        int[] labels = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            LabelledExample example = examples.get(i);
            if (!(example.input() instanceof DemoInput.Image(BufferedImage image))) {
                throw new IllegalArgumentException("example " + i + " is not an image");
            }
            labels[i] = classes.indexOf(example.label());
            if (labels[i] < 0) {
                throw new IllegalArgumentException("unknown label " + example.label());
            }
            System.arraycopy(modelPixels.apply(image), 0, pixels, i * SeedCnn.PIXELS, SeedCnn.PIXELS);
        }
        return new Examples(pixels, labels);
    }

    /** The client's examples as the model sees them. */
    record Examples(float[] pixels, int[] labels) implements ImageExamples {

        @Override
        public int count() {
            return labels.length;
        }

        @Override
        public int label(int index) {
            return labels[index];
        }

        @Override
        public void copyPixels(int index, float[] target, int offset) {
            System.arraycopy(pixels, index * SeedCnn.PIXELS, target, offset, SeedCnn.PIXELS);
        }

        Examples subset(int[] indices) {
            float[] subsetPixels = new float[indices.length * SeedCnn.PIXELS];
            int[] subsetLabels = new int[indices.length];
            for (int i = 0; i < indices.length; i++) {
                copyPixels(indices[i], subsetPixels, i * SeedCnn.PIXELS);
                subsetLabels[i] = labels[indices[i]];
            }
            return new Examples(subsetPixels, subsetLabels);
        }
    }

    /** The training graph behind {@link EpochLoop}: checks for cancellation before each batch, reports each epoch. */
    private record TuningNetwork(
            SeedCnn.Training network,
            Examples train,
            Examples validation,
            int epochs,
            Consumer<FineTuneProgress> progress,
            BooleanSupplier cancelled)
            implements EpochLoop.Network {

        @Override
        public double step(int[] batch) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("fine-tuning cancelled");
            }
            float[] images = new float[batch.length * SeedCnn.PIXELS];
            int[] labels = new int[batch.length];
            for (int i = 0; i < batch.length; i++) {
                train.copyPixels(batch[i], images, i * SeedCnn.PIXELS);
                labels[i] = train.label(batch[i]);
            }
            return network.step(images, labels, batch.length);
        }

        @Override
        public double validate() {
            return SeedCnnTraining.evaluate(network::predict, validation).accuracy();
        }

        @Override
        public List<float[]> snapshot() {
            return network.snapshot();
        }

        @Override
        public void epochEnded(int epoch, double loss, double score) {
            progress.accept(new FineTuneProgress(epoch, epochs, loss, score));
        }
    }
}
