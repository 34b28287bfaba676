package com.lepton.caselibrary.plugins.healthcare;

import com.lepton.caselibrary.trainingkit.ClassifierTraining;
import com.lepton.caselibrary.trainingkit.GraphRuns;
import com.lepton.caselibrary.trainingkit.Initializers;
import com.lepton.caselibrary.trainingkit.ParameterSet;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.framework.optimizers.Adam;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The 1-D CNN over one beat window, as a TensorFlow graph built with TF Java. The window is fed as
 * a 250x1 image with one channel, so the 1-D convolutions are {@code Conv2D} with k x 1 kernels:
 * <pre>
 * 250x1x1 -> Conv 16 7x1 relu -> MaxPool 2x1 -> Conv 32 5x1 relu -> MaxPool 2x1
 *         -> Conv 32 3x1 relu -> Flatten (57 x 32 = 1824) -> Dense 32 relu -> Dense 4 softmax
 * </pre>
 * Valid padding throughout, so the length goes 250 -> 244 -> 122 -> 118 -> 59 -> 57. Flatten (not
 * global pooling) keeps where along the beat a feature was found, which the classes depend on (a P
 * wave before the R, a raised segment after it). There are two graphs: {@link Training} with Adam
 * and the loss, and {@link Serving}, the inference-only graph that is exported.
 *
 * <p>Call {@code ai.djl.engine.Engine.getEngine("TensorFlow")} before using this class: DJL loads
 * the native library that these classes need.
 */
final class BeatCnn {

    /** Signature key the host and DJL look for. */
    static final String SIGNATURE_KEY = "serving_default";
    /** Name of the input, in the signature and as the placeholder op. */
    static final String INPUT = "beat";
    /** Name of the output, in the signature and as the softmax op. */
    static final String OUTPUT = "probabilities";

    static final int LENGTH = BeatGenerator.WINDOW;
    /** Length after the three valid convolutions and two pools. */
    static final int FEATURE_LENGTH = ((LENGTH - 6) / 2 - 4) / 2 - 2;

    /** Parameter names and shapes in graph order: kernel then bias for each layer. */
    static final List<String> PARAMETER_NAMES = List.of(
            "conv1_kernel",
            "conv1_bias",
            "conv2_kernel",
            "conv2_bias",
            "conv3_kernel",
            "conv3_bias",
            "dense1_kernel",
            "dense1_bias",
            "dense2_kernel",
            "dense2_bias");

    static final List<Shape> PARAMETER_SHAPES = List.of(
            Shape.of(7, 1, 1, 16),
            Shape.of(16),
            Shape.of(5, 1, 16, 32),
            Shape.of(32),
            Shape.of(3, 1, 32, 32),
            Shape.of(32),
            Shape.of(FEATURE_LENGTH * 32, 32),
            Shape.of(32),
            Shape.of(32, BeatClass.COUNT),
            Shape.of(BeatClass.COUNT));
    static final ParameterSet PARAMETERS = new ParameterSet(PARAMETER_NAMES, PARAMETER_SHAPES);

    private BeatCnn() {}

    /** Trainable parameters: 128 + 2,592 + 3,104 + 58,400 + 132 = 64,356. */
    static long parameterCount() {
        return PARAMETER_SHAPES.stream().mapToLong(Shape::size).sum();
    }

    /** The forward pass up to the logits; {@code p} are the ten parameters in {@link #PARAMETER_NAMES} order. */
    private static Operand<TFloat32> logits(Ops tf, Operand<TFloat32> beats, List<? extends Operand<TFloat32>> p) {
        Operand<TFloat32> x = convolution(tf, beats, p.get(0), p.get(1));
        x = maxPool(tf, x);
        x = convolution(tf, x, p.get(2), p.get(3));
        x = maxPool(tf, x);
        x = convolution(tf, x, p.get(4), p.get(5));
        x = tf.reshape(x, tf.constant(new int[] {-1, FEATURE_LENGTH * 32}));
        x = tf.nn.relu(tf.nn.biasAdd(tf.linalg.matMul(x, p.get(6)), p.get(7)));
        return tf.nn.biasAdd(tf.linalg.matMul(x, p.get(8)), p.get(9));
    }

    private static Operand<TFloat32> convolution(
            Ops tf, Operand<TFloat32> x, Operand<TFloat32> kernel, Operand<TFloat32> bias) {
        return tf.nn.relu(tf.nn.biasAdd(tf.nn.conv2d(x, kernel, List.of(1L, 1L, 1L, 1L), "VALID"), bias));
    }

    private static Operand<TFloat32> maxPool(Ops tf, Operand<TFloat32> x) {
        Operand<TInt32> window = tf.constant(new int[] {1, 2, 1, 1});
        return tf.nn.maxPool(x, window, window, "VALID");
    }

    private static Placeholder<TFloat32> beatInput(Ops tf) {
        return tf.withName(INPUT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, LENGTH, 1, 1)));
    }

    /** Runs {@code output} on a batch of windows ({@code count * 250} values) and returns {@code count * width} values. */
    private static float[] run(
            Session session,
            Placeholder<TFloat32> input,
            Operand<TFloat32> output,
            float[] beats,
            int count,
            int width) {
        return GraphRuns.run(session, input, Shape.of(count, LENGTH, 1, 1), beats, output, count * width);
    }

    /**
     * Seeded initial values, the Keras defaults: Glorot-uniform kernels (uniform in
     * +-sqrt(6 / (fanIn + fanOut)), the receptive field multiplying both fans) and zero biases.
     * Drawn in Java, as in the manufacturing case, because the Glorot initializer of
     * tensorflow-framework 1.0.0-rc.2 draws from [0, limit) only, with wrong fans for convolutions.
     */
    static List<float[]> initialParameters(long seed) {
        Random random = new Random(seed);
        List<float[]> values = new ArrayList<>();
        for (Shape shape : PARAMETER_SHAPES) {
            values.add(Initializers.glorotUniform(shape, random));
        }
        return values;
    }

    /** The training graph: the forward pass, one-hot softmax cross-entropy and Adam. */
    static final class Training implements ClassifierTraining.Network, AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> beats;
        private final Placeholder<TInt32> labels;
        private final Operand<TFloat32> loss;
        private final Operand<TFloat32> probabilities;
        private final Op minimize;
        private final List<Variable<TFloat32>> parameters;

        Training(List<float[]> initialValues, float learningRate) {
            Ops tf = Ops.create(graph);
            parameters = PARAMETERS.variables(tf);
            beats = beatInput(tf);
            labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
            Operand<TFloat32> logits = logits(tf, beats, parameters);
            probabilities = tf.withName(OUTPUT).nn.softmax(logits);
            // SparseSoftmaxCrossEntropyWithLogits has no gradient in TF Java: use one-hot labels.
            Operand<TFloat32> oneHot =
                    tf.oneHot(labels, tf.constant(BeatClass.COUNT), tf.constant(1f), tf.constant(0f));
            loss = tf.withName("loss")
                    .math
                    .mean(tf.nn.softmaxCrossEntropyWithLogits(logits, oneHot).loss(), tf.constant(0));
            minimize = new Adam(graph, learningRate).minimize(loss);
            session = new Session(graph);
            // The first run also runs Adam's slot initializers (TF Java runs registered initializers once).
            PARAMETERS.assign(tf, session, parameters, initialValues);
        }

        /** One Adam step on a batch; returns the batch's mean loss. */
        public float step(float[] batchBeats, int[] batchLabels, int count) {
            try (TFloat32 x =
                            TFloat32.tensorOf(Shape.of(count, LENGTH, 1, 1), DataBuffers.of(batchBeats, true, false));
                    TInt32 y = TInt32.tensorOf(Shape.of(count), DataBuffers.of(batchLabels, true, false));
                    Result result = session.runner()
                            .feed(beats, x)
                            .feed(labels, y)
                            .addTarget(minimize)
                            .fetch(loss)
                            .run()) {
                return ((TFloat32) result.get(0)).getFloat();
            }
        }

        /** The mean loss on a batch, without training. */
        float loss(float[] batchBeats, int[] batchLabels, int count) {
            try (TFloat32 x =
                            TFloat32.tensorOf(Shape.of(count, LENGTH, 1, 1), DataBuffers.of(batchBeats, true, false));
                    TInt32 y = TInt32.tensorOf(Shape.of(count), DataBuffers.of(batchLabels, true, false));
                    Result result = session.runner()
                            .feed(beats, x)
                            .feed(labels, y)
                            .fetch(loss)
                            .run()) {
                return ((TFloat32) result.get(0)).getFloat();
            }
        }

        /** Softmax probabilities for a batch, {@code count * 4} values. */
        float[] predict(float[] batchBeats, int count) {
            return run(session, beats, probabilities, batchBeats, count, BeatClass.COUNT);
        }

        /** A copy of the current parameter values, in {@link #PARAMETER_NAMES} order. */
        public List<float[]> snapshot() {
            return PARAMETERS.snapshot(session, parameters);
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
        private final Placeholder<TFloat32> beats;
        private final Operand<TFloat32> probabilities;

        Serving(List<float[]> parameterValues) {
            Ops tf = Ops.create(graph);
            // No initializers: the trained values are assigned, so they are stored once, in variables/.
            List<Variable<TFloat32>> parameters = PARAMETERS.variables(tf);
            beats = beatInput(tf);
            probabilities = tf.withName(OUTPUT).nn.softmax(logits(tf, beats, parameters));
            session = new Session(graph);
            PARAMETERS.assign(tf, session, parameters, parameterValues);
        }

        /** Softmax probabilities for a batch, {@code count * 4} values. */
        float[] predict(float[] batchBeats, int count) {
            return run(session, beats, probabilities, batchBeats, count, BeatClass.COUNT);
        }

        /**
         * Writes a SavedModel (tag {@code serve}) with one {@code serving_default} predict signature:
         * input {@code beat} (batch, 250, 1, 1) float32, output {@code probabilities} (batch, 4).
         */
        void export(Path directory) throws IOException {
            Signature signature = Signature.builder()
                    .key(SIGNATURE_KEY)
                    .methodName("tensorflow/serving/predict")
                    .input(INPUT, beats)
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
