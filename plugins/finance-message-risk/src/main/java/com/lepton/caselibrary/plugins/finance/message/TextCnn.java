package com.lepton.caselibrary.plugins.finance.message;

import com.lepton.caselibrary.trainingkit.GraphRuns;
import com.lepton.caselibrary.trainingkit.Initializers;
import com.lepton.caselibrary.trainingkit.ParameterSet;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.framework.optimizers.Adam;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A convolutional text classifier (Kim 2014) as a TensorFlow graph, built with TF Java:
 * <pre>
 * 200 token ids -> Embedding 8000 x 48 (padding masked to zero)
 *   -> Conv1D 64 filters of width 3, 4 and 5, ReLU -> global max pool over time (3 x 64 features)
 *   -> Dropout 0.5 (training only) -> Dense 2 -> softmax (ham, spam)
 * </pre>
 * Each filter learns a short phrase ("verify your account", "click here now", "100% free") and the
 * max pool asks only whether the phrase occurs anywhere in the message. The embedding is a
 * trainable matrix read with {@code Gather} (whose gradient TF Java has); the 1-D convolutions are
 * {@code Conv2D} over a {@code [batch, 200, 1, 48]} image with kernels {@code [width, 1, 48, 64]},
 * and the global max pool is a {@code MaxPool} as wide as the convolution's output.
 *
 * <p>Two graphs, as in the manufacturing plugin: {@link Training} with the loss, dropout and Adam,
 * and {@link Serving}, the inference-only graph that is exported with its trained values.
 *
 * <p>Call {@code ai.djl.engine.Engine.getEngine("TensorFlow")} before using this class: DJL loads
 * the native library that these classes need.
 */
final class TextCnn {

    /** Signature key the host and DJL look for. */
    static final String SIGNATURE_KEY = "serving_default";
    /** Name of the input (int32 token ids, {@code [batch, 200]}), in the signature and as the placeholder op. */
    static final String INPUT = "tokens";
    /** Name of the output ({@code [batch, 2]} probabilities), in the signature and as the softmax op. */
    static final String OUTPUT = "probabilities";

    /** Tokens the model reads: the first 200 of subject and body, padded at the end. */
    static final int MAX_TOKENS = 200;
    /** Most ids in the vocabulary, padding and unknown included. */
    static final int VOCABULARY_SIZE = 8_000;

    static final int EMBEDDING = 48;
    static final int[] WIDTHS = {3, 4, 5};
    static final int FILTERS = 64;
    static final int FEATURES = WIDTHS.length * FILTERS;
    static final float DROPOUT = 0.5f;

    /** Parameter names in graph order: the embedding, kernel and bias per convolution, then the dense layer. */
    static final List<String> PARAMETER_NAMES = List.of(
            "embedding",
            "conv3_kernel",
            "conv3_bias",
            "conv4_kernel",
            "conv4_bias",
            "conv5_kernel",
            "conv5_bias",
            "dense_kernel",
            "dense_bias");

    private TextCnn() {}

    /** Parameter shapes in {@link #PARAMETER_NAMES} order, for a vocabulary of {@code vocabularySize} ids. */
    static List<Shape> parameterShapes(int vocabularySize) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(Shape.of(vocabularySize, EMBEDDING));
        for (int width : WIDTHS) {
            shapes.add(Shape.of(width, 1, EMBEDDING, FILTERS));
            shapes.add(Shape.of(FILTERS));
        }
        shapes.add(Shape.of(FEATURES, MessageClass.COUNT));
        shapes.add(Shape.of(MessageClass.COUNT));
        return shapes;
    }

    /** The parameters by name and shape, for a vocabulary of {@code vocabularySize} ids. */
    static ParameterSet parameters(int vocabularySize) {
        return new ParameterSet(PARAMETER_NAMES, parameterShapes(vocabularySize));
    }

    /** Trainable parameters: 8,000 x 48 + (3 + 4 + 5) x 48 x 64 + 3 x 64 + 192 x 2 + 2 = 421,442 for a full vocabulary. */
    static long parameterCount(int vocabularySize) {
        return parameterShapes(vocabularySize).stream().mapToLong(Shape::size).sum();
    }

    /**
     * The forward pass up to the logits.
     *
     * @param p           the parameters in {@link #PARAMETER_NAMES} order
     * @param featureMask dropout's scaled keep-mask {@code [batch, 192]}, or {@code null} for inference
     */
    private static Operand<TFloat32> logits(
            Ops tf, Operand<TInt32> tokens, List<? extends Operand<TFloat32>> p, Operand<TFloat32> featureMask) {
        Operand<TFloat32> embedded = tf.gather(p.get(0), tokens, tf.constant(0));
        // Padding contributes zeros, whatever row 0 of the embedding holds.
        Operand<TFloat32> notPadding =
                tf.dtypes.cast(tf.math.notEqual(tokens, tf.constant(Vocabulary.PAD_ID)), TFloat32.class);
        embedded = tf.math.mul(embedded, tf.expandDims(notPadding, tf.constant(-1)));
        Operand<TFloat32> image = tf.reshape(embedded, tf.constant(new int[] {-1, MAX_TOKENS, 1, EMBEDDING}));
        List<Operand<TFloat32>> pooled = new ArrayList<>();
        for (int b = 0; b < WIDTHS.length; b++) {
            Operand<TFloat32> kernel = p.get(1 + 2 * b);
            Operand<TFloat32> bias = p.get(2 + 2 * b);
            Operand<TFloat32> conv =
                    tf.nn.relu(tf.nn.biasAdd(tf.nn.conv2d(image, kernel, List.of(1L, 1L, 1L, 1L), "VALID"), bias));
            int positions = MAX_TOKENS - WIDTHS[b] + 1;
            Operand<TFloat32> max = tf.nn.maxPool(
                    conv, tf.constant(new int[] {1, positions, 1, 1}), tf.constant(new int[] {1, 1, 1, 1}), "VALID");
            pooled.add(tf.reshape(max, tf.constant(new int[] {-1, FILTERS})));
        }
        Operand<TFloat32> features = tf.concat(pooled, tf.constant(1));
        if (featureMask != null) {
            features = tf.math.mul(features, featureMask);
        }
        return tf.nn.biasAdd(tf.linalg.matMul(features, p.get(p.size() - 2)), p.get(p.size() - 1));
    }

    private static Placeholder<TInt32> tokenInput(Ops tf) {
        return tf.withName(INPUT).placeholder(TInt32.class, Placeholder.shape(Shape.of(-1, MAX_TOKENS)));
    }

    /** Runs {@code output} on {@code count} encoded messages ({@code count * 200} ids) and returns {@code count * 2} values. */
    private static float[] run(
            Session session, Placeholder<TInt32> input, Operand<TFloat32> output, int[] tokens, int count) {
        return GraphRuns.run(
                session,
                input,
                Shape.of(count, MAX_TOKENS),
                exactly(tokens, count * MAX_TOKENS),
                output,
                count * MessageClass.COUNT);
    }

    /** The first {@code length} values (the last batch of an epoch is smaller than the reused array). */
    private static int[] exactly(int[] values, int length) {
        return values.length == length ? values : Arrays.copyOf(values, length);
    }

    /**
     * Seeded initial values, the Keras defaults: the embedding uniform in +-0.05, Glorot-uniform
     * kernels (the convolution's width multiplies both fans) and zero biases. Drawn in Java, as in
     * the manufacturing plugin, because tensorflow-framework's Glorot initializer is one-sided.
     */
    static List<float[]> initialParameters(int vocabularySize, long seed) {
        Random random = new Random(seed);
        List<Shape> shapes = parameterShapes(vocabularySize);
        List<float[]> values = new ArrayList<>();
        values.add(Initializers.uniform(Math.toIntExact(shapes.get(0).size()), 0.05, random));
        for (Shape shape : shapes.subList(1, shapes.size())) {
            values.add(Initializers.glorotUniform(shape, random));
        }
        return values;
    }

    /** The training graph: the forward pass with dropout, the loss and Adam, and a dropout-free forward pass for validation. */
    static final class Training implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final ParameterSet parameterSet;
        private final Placeholder<TInt32> tokens;
        private final Placeholder<TInt32> labels;
        private final Placeholder<TFloat32> featureMask;
        private final Operand<TFloat32> loss;
        private final Operand<TFloat32> probabilities;
        private final Op minimize;
        private final GraphRuns.TextClassifierStep textStep;
        private final List<Variable<TFloat32>> parameters;

        Training(int vocabularySize, List<float[]> initialValues, float learningRate) {
            this(vocabularySize, initialValues, learningRate, 0);
        }

        /** Like {@link #Training(int, List, float)} on at most {@code threads} CPU threads (0: TensorFlow's default). */
        Training(int vocabularySize, List<float[]> initialValues, float learningRate, int threads) {
            parameterSet = parameters(vocabularySize);
            Ops tf = Ops.create(graph);
            parameters = parameterSet.variables(tf);
            tokens = tokenInput(tf);
            labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
            featureMask =
                    tf.withName("feature_mask").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, FEATURES)));
            Operand<TFloat32> trainingLogits = logits(tf, tokens, parameters, featureMask);
            probabilities = tf.withName(OUTPUT).nn.softmax(logits(tf, tokens, parameters, null));
            // SparseSoftmaxCrossEntropyWithLogits has no gradient in TF Java: use one-hot labels.
            Operand<TFloat32> oneHot =
                    tf.oneHot(labels, tf.constant(MessageClass.COUNT), tf.constant(1f), tf.constant(0f));
            loss = tf.withName("loss")
                    .math
                    .mean(
                            tf.nn.softmaxCrossEntropyWithLogits(trainingLogits, oneHot)
                                    .loss(),
                            tf.constant(0));
            minimize = new Adam(graph, learningRate).minimize(loss);
            session = ParameterSet.session(graph, threads);
            // The first run also runs Adam's slot initializers (TF Java runs registered initializers once).
            parameterSet.assign(tf, session, parameters, initialValues);
            textStep = new GraphRuns.TextClassifierStep(
                    session, tokens, MAX_TOKENS, labels, featureMask, FEATURES, minimize, loss);
        }

        /** One Adam step on a batch with a dropout keep-mask ({@code count * 192} values); returns the batch's mean loss. */
        float step(int[] batchTokens, int[] batchLabels, float[] keepMask, int count) {
            return textStep.run(batchTokens, batchLabels, keepMask, count);
        }

        /** Softmax probabilities without dropout, {@code count * 2} values. */
        float[] predict(int[] batchTokens, int count) {
            return run(session, tokens, probabilities, batchTokens, count);
        }

        /** A copy of the current parameter values, in {@link #PARAMETER_NAMES} order. */
        List<float[]> snapshot() {
            return parameterSet.snapshot(session, parameters);
        }

        @Override
        public void close() {
            session.close();
            graph.close();
        }
    }

    /** The inference-only graph, filled with trained parameter values; this is what is exported. */
    static final class Serving implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TInt32> tokens;
        private final Operand<TFloat32> probabilities;

        Serving(int vocabularySize, List<float[]> parameterValues) {
            this(vocabularySize, parameterValues, 0);
        }

        /** Like {@link #Serving(int, List)} on at most {@code threads} CPU threads (0: TensorFlow's default). */
        Serving(int vocabularySize, List<float[]> parameterValues, int threads) {
            ParameterSet parameterSet = parameters(vocabularySize);
            Ops tf = Ops.create(graph);
            // No initializers: the trained values are assigned, so they are stored once, in variables/.
            List<Variable<TFloat32>> parameters = parameterSet.variables(tf);
            tokens = tokenInput(tf);
            probabilities = tf.withName(OUTPUT).nn.softmax(logits(tf, tokens, parameters, null));
            session = ParameterSet.session(graph, threads);
            parameterSet.assign(tf, session, parameters, parameterValues);
        }

        /** Softmax probabilities for a batch, {@code count * 2} values. */
        float[] predict(int[] batchTokens, int count) {
            return run(session, tokens, probabilities, batchTokens, count);
        }

        /** Writes a SavedModel (tag {@code serve}) with one {@code serving_default} signature. */
        void export(Path directory) throws IOException {
            Signature signature = Signature.builder()
                    .key(SIGNATURE_KEY)
                    .input(INPUT, tokens)
                    .output(OUTPUT, probabilities)
                    .build();
            SavedModelExport.export(session, signature, directory);
        }

        @Override
        public void close() {
            session.close();
            graph.close();
        }
    }
}
