package com.lepton.caselibrary.trainingkit;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.FineTuneOutcome;
import com.lepton.caselibrary.api.FineTuneProgress;
import com.lepton.caselibrary.api.FineTuneRequest;
import com.lepton.caselibrary.api.FineTuning;
import com.lepton.caselibrary.api.LabelledExample;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Fine-tuning of a shipped classifier, the part every case shares: starts from the shipped weights, keeps the
 * epoch with the best accuracy on a tenth of the client's training examples (so the held-out ones stay untouched
 * until the end), compares the shipped and the tuned model on the held-out examples only, reports each epoch and
 * stops between batches when cancelled. Seeded. A case supplies how an example becomes the model's input and its
 * training and serving graphs.
 *
 * @param <E> one example as the model reads it (pixels, token ids)
 */
public abstract class ClassifierFineTuning<E> implements FineTuning {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final int EVALUATION_BATCH = 256;

    /** Class probabilities of a batch, {@code inputs.size() * classes} values. */
    public interface Predictor<E> {
        float[] predict(List<E> inputs);
    }

    /** The training graph, started from given weights. */
    public interface Training<E> extends Predictor<E>, AutoCloseable {

        /** One optimiser step; returns the batch's mean loss. */
        double step(List<E> inputs, int[] labels);

        /** A copy of the current weights. */
        List<float[]> snapshot();

        @Override
        void close();
    }

    /** The inference graph, filled with given weights: what is evaluated and exported. */
    public interface Serving<E> extends Predictor<E>, AutoCloseable {

        /** Writes the SavedModel the host serves. */
        void export(Path directory) throws IOException;

        @Override
        void close();
    }

    private final List<String> classes;

    /** @param classes the class keys in the model's output order */
    protected ClassifierFineTuning(List<String> classes) {
        this.classes = List.copyOf(classes);
    }

    @Override
    public final List<String> classes() {
        return classes;
    }

    /** An example's input as the model reads it, exactly as a demo run prepares it. */
    protected abstract E encode(DemoInput input);

    /** The shipped model's weights, read from its SavedModel. */
    protected abstract List<float[]> shippedParameters(Path shippedModel) throws IOException;

    /** The training graph from {@code parameters}; {@code random} draws whatever training draws (dropout). */
    protected abstract Training<E> training(List<float[]> parameters, int threads, Random random);

    /** The serving graph filled with {@code parameters}. */
    protected abstract Serving<E> serving(List<float[]> parameters, int threads);

    /** Examples per optimiser step. */
    protected abstract int batchSize();

    /** Writes what the model needs beside its SavedModel (e.g. a vocabulary); nothing by default. */
    protected void writeBeside(Path directory) throws IOException {}

    @Override
    public final FineTuneOutcome fineTune(
            FineTuneRequest request, Consumer<FineTuneProgress> progress, BooleanSupplier cancelled)
            throws IOException {
        // DJL loads libtensorflow's JNI library; TF Java classes fail to link without it.
        Engine.getEngine("TensorFlow");
        long start = System.nanoTime();
        Examples<E> train = examples(request.examples());
        Examples<E> heldOut = examples(request.heldOut());
        int epochs = request.epochs() > 0 ? request.epochs() : defaultEpochs();
        int threads = request.threads();

        int[] order = Shuffle.identity(train.count());
        Random random = new Random(request.seed());
        Shuffle.shuffle(order, random);
        int validationCount = Math.max(1, train.count() / 10);
        Examples<E> validation = train.subset(Arrays.copyOfRange(order, 0, validationCount));
        int[] fit = Arrays.copyOfRange(order, validationCount, order.length);
        if (fit.length == 0) {
            throw new IllegalArgumentException("too few training examples: " + train.count());
        }

        List<float[]> shipped = shippedParameters(request.shippedModel());
        Evaluation before;
        try (Serving<E> serving = serving(shipped, threads)) {
            before = evaluate(serving, heldOut);
        }
        EpochLoop.Outcome outcome;
        try (Training<E> network = training(shipped, threads, random)) {
            outcome = EpochLoop.run(
                    new Loop<>(this, network, train, validation, epochs, progress, cancelled),
                    fit,
                    epochs,
                    batchSize(),
                    random,
                    "accuracy",
                    QUIET);
        }
        Evaluation after;
        try (Serving<E> serving = serving(outcome.bestWeights(), threads)) {
            after = evaluate(serving, heldOut);
            SavedModelExport.clear(request.outputDirectory());
            serving.export(request.outputDirectory());
        }
        writeBeside(request.outputDirectory());
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

    private Examples<E> examples(List<LabelledExample> examples) {
        List<E> inputs = new ArrayList<>(examples.size());
        int[] labels = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            LabelledExample example = examples.get(i);
            labels[i] = classes.indexOf(example.label());
            if (labels[i] < 0) {
                throw new IllegalArgumentException("unknown label " + example.label());
            }
            inputs.add(encode(example.input()));
        }
        return new Examples<>(inputs, labels);
    }

    /** Predicts the examples in batches and compares with their labels. */
    Evaluation evaluate(Predictor<E> predictor, Examples<E> examples) {
        int[] predicted = new int[examples.count()];
        for (int from = 0; from < examples.count(); from += EVALUATION_BATCH) {
            int to = Math.min(examples.count(), from + EVALUATION_BATCH);
            float[] probabilities = predictor.predict(examples.inputs().subList(from, to));
            for (int i = from; i < to; i++) {
                predicted[i] = Evaluation.argMax(probabilities, (i - from) * classes.size(), classes.size());
            }
        }
        return Evaluation.of(examples.labels(), predicted, classes.size());
    }

    /** The client's examples as the model reads them. */
    record Examples<E>(List<E> inputs, int[] labels) {

        int count() {
            return labels.length;
        }

        Examples<E> subset(int[] indices) {
            List<E> subsetInputs = new ArrayList<>(indices.length);
            int[] subsetLabels = new int[indices.length];
            for (int i = 0; i < indices.length; i++) {
                subsetInputs.add(inputs.get(indices[i]));
                subsetLabels[i] = labels[indices[i]];
            }
            return new Examples<>(subsetInputs, subsetLabels);
        }
    }

    /** What {@link EpochLoop} drives: checks for cancellation before each batch, reports each epoch. */
    private record Loop<E>(
            ClassifierFineTuning<E> tuning,
            Training<E> network,
            Examples<E> train,
            Examples<E> validation,
            int epochs,
            Consumer<FineTuneProgress> progress,
            BooleanSupplier cancelled)
            implements EpochLoop.Network {

        @Override
        public double step(int[] batch) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("fine-tuning cancelled");
            }
            Examples<E> examples = train.subset(batch);
            return network.step(examples.inputs(), examples.labels());
        }

        @Override
        public double validate() {
            return tuning.evaluate(network, validation).accuracy();
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
