package com.lepton.caselibrary.trainingkit;

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
 * The customer's CNN as a TensorFlow graph, built with TF Java:
 * <pre>
 * 28x28x1 -> Conv 32 3x3 relu -> MaxPool 2x2 -> Conv 64 3x3 relu -> MaxPool 2x2
 *         -> Conv 64 3x3 relu -> Flatten (576) -> Dense 64 relu -> Dense 10 softmax
 * </pre>
 * All convolutions and pools use valid padding, as in the Keras original, so the spatial size
 * goes 28 -> 26 -> 13 -> 11 -> 5 -> 3. There are two graphs: {@link Training} with Adam and the
 * loss, and {@link Serving}, the inference-only graph that is exported, so the SavedModel holds
 * neither the optimizer's moment estimates nor gradient ops (about a third of the size, and what
 * Triton or DJL load is exactly the forward pass).
 *
 * <p>Shared by the image cases that use the seed's network (product sorting on Fashion-MNIST,
 * cheque digits on MNIST): 28x28x1 in, ten classes out.
 *
 * <p>Call {@code ai.djl.engine.Engine.getEngine("TensorFlow")} before using this class: DJL loads
 * the native library that these classes need.
 */
public final class SeedCnn {

    /** Width and height of the input. */
    public static final int SIZE = 28;
    /** Values per example: 28 x 28 x 1 channel. */
    public static final int PIXELS = SIZE * SIZE;
    /** Classes, the width of the output. */
    public static final int CLASSES = 10;

    /** Signature key the host and DJL look for. */
    public static final String SIGNATURE_KEY = "serving_default";
    /** Name of the input, in the signature and as the placeholder op (tensor {@code input:0}). */
    public static final String INPUT = "input";
    /** Name of the output, in the signature and as the softmax op (tensor {@code probabilities:0}). */
    public static final String OUTPUT = "probabilities";

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
            Shape.of(3, 3, 1, 32),
            Shape.of(32),
            Shape.of(3, 3, 32, 64),
            Shape.of(64),
            Shape.of(3, 3, 64, 64),
            Shape.of(64),
            Shape.of(3 * 3 * 64, 64),
            Shape.of(64),
            Shape.of(64, CLASSES),
            Shape.of(CLASSES));
    static final ParameterSet PARAMETERS = new ParameterSet(PARAMETER_NAMES, PARAMETER_SHAPES);

    private SeedCnn() {}

    /** Trainable parameters: 320 + 18,496 + 36,928 + 36,928 + 650 = 93,322. */
    public static long parameterCount() {
        return PARAMETER_SHAPES.stream().mapToLong(Shape::size).sum();
    }

    /** The forward pass up to the logits; {@code p} are the ten parameters in {@link #PARAMETER_NAMES} order. */
    private static Operand<TFloat32> logits(Ops tf, Operand<TFloat32> images, List<? extends Operand<TFloat32>> p) {
        Operand<TFloat32> x = convolution(tf, images, p.get(0), p.get(1));
        x = maxPool(tf, x);
        x = convolution(tf, x, p.get(2), p.get(3));
        x = maxPool(tf, x);
        x = convolution(tf, x, p.get(4), p.get(5));
        x = tf.reshape(x, tf.constant(new int[] {-1, 3 * 3 * 64}));
        x = tf.nn.relu(tf.nn.biasAdd(tf.linalg.matMul(x, p.get(6)), p.get(7)));
        return tf.nn.biasAdd(tf.linalg.matMul(x, p.get(8)), p.get(9));
    }

    private static Operand<TFloat32> convolution(
            Ops tf, Operand<TFloat32> x, Operand<TFloat32> kernel, Operand<TFloat32> bias) {
        return tf.nn.relu(tf.nn.biasAdd(tf.nn.conv2d(x, kernel, List.of(1L, 1L, 1L, 1L), "VALID"), bias));
    }

    private static Operand<TFloat32> maxPool(Ops tf, Operand<TFloat32> x) {
        Operand<TInt32> window = tf.constant(new int[] {1, 2, 2, 1});
        return tf.nn.maxPool(x, window, window, "VALID");
    }

    private static Placeholder<TFloat32> imageInput(Ops tf) {
        return tf.withName(INPUT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, SIZE, SIZE, 1)));
    }

    /** Runs {@code output} on a batch of images ({@code count * 784} values) and returns {@code count * width} values. */
    private static float[] run(
            Session session,
            Placeholder<TFloat32> input,
            Operand<TFloat32> output,
            float[] images,
            int count,
            int width) {
        return GraphRuns.run(session, input, Shape.of(count, SIZE, SIZE, 1), images, output, count * width);
    }

    /**
     * Seeded initial values, the Keras defaults: Glorot-uniform kernels (uniform in
     * +-sqrt(6 / (fanIn + fanOut))) and zero biases. Drawn in Java because the Glorot initializer of
     * tensorflow-framework 1.0.0-rc.2 draws from [0, limit) only, with wrong fans for convolutions,
     * which leaves this network dead (all-positive weights, loss 73, then stuck at chance).
     */
    public static List<float[]> initialParameters(long seed) {
        Random random = new Random(seed);
        List<float[]> values = new ArrayList<>();
        for (Shape shape : PARAMETER_SHAPES) {
            values.add(Initializers.glorotUniform(shape, random));
        }
        return values;
    }

    /** The parameter values of a SavedModel exported by {@link Serving#export}, e.g. the shipped model. */
    public static List<float[]> readParameters(Path savedModel) {
        return PARAMETERS.read(savedModel);
    }

    /** The training graph: the forward pass, the loss and Adam. */
    public static final class Training implements ClassifierTraining.Network, AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> images;
        private final Placeholder<TInt32> labels;
        private final Operand<TFloat32> loss;
        private final Operand<TFloat32> probabilities;
        private final Op minimize;
        private final List<Variable<TFloat32>> parameters;

        public Training(List<float[]> initialValues, float learningRate) {
            this(initialValues, learningRate, 0);
        }

        /** Like {@link #Training(List, float)} on at most {@code threads} CPU threads (0: TensorFlow's default). */
        public Training(List<float[]> initialValues, float learningRate, int threads) {
            Ops tf = Ops.create(graph);
            parameters = PARAMETERS.variables(tf);
            images = imageInput(tf);
            labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
            Operand<TFloat32> logits = logits(tf, images, parameters);
            probabilities = tf.withName(OUTPUT).nn.softmax(logits);
            // SparseSoftmaxCrossEntropyWithLogits has no gradient in TF Java: use one-hot labels.
            Operand<TFloat32> oneHot = tf.oneHot(labels, tf.constant(CLASSES), tf.constant(1f), tf.constant(0f));
            loss = tf.withName("loss")
                    .math
                    .mean(tf.nn.softmaxCrossEntropyWithLogits(logits, oneHot).loss(), tf.constant(0));
            minimize = new Adam(graph, learningRate).minimize(loss);
            session = ParameterSet.session(graph, threads);
            // The first run also runs Adam's slot initializers (TF Java runs registered initializers once).
            PARAMETERS.assign(tf, session, parameters, initialValues);
        }

        /** One Adam step on a batch; returns the batch's mean loss. */
        public float step(float[] batchImages, int[] batchLabels, int count) {
            try (TFloat32 x = TFloat32.tensorOf(
                            Shape.of(count, SIZE, SIZE, 1), DataBuffers.of(batchImages, true, false));
                    TInt32 y = TInt32.tensorOf(Shape.of(count), DataBuffers.of(batchLabels, true, false));
                    Result result = session.runner()
                            .feed(images, x)
                            .feed(labels, y)
                            .addTarget(minimize)
                            .fetch(loss)
                            .run()) {
                return ((TFloat32) result.get(0)).getFloat();
            }
        }

        /** Softmax probabilities for a batch, {@code count * 10} values. */
        public float[] predict(float[] batchImages, int count) {
            return run(session, images, probabilities, batchImages, count, CLASSES);
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
    public static final class Serving implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> images;
        private final Operand<TFloat32> probabilities;

        public Serving(List<float[]> parameterValues) {
            this(parameterValues, 0);
        }

        /** Like {@link #Serving(List)} on at most {@code threads} CPU threads (0: TensorFlow's default). */
        public Serving(List<float[]> parameterValues, int threads) {
            Ops tf = Ops.create(graph);
            // No initializers: the trained values are assigned, so they are stored once, in variables/.
            List<Variable<TFloat32>> parameters = PARAMETERS.variables(tf);
            images = imageInput(tf);
            probabilities = tf.withName(OUTPUT).nn.softmax(logits(tf, images, parameters));
            session = ParameterSet.session(graph, threads);
            PARAMETERS.assign(tf, session, parameters, parameterValues);
        }

        /** Softmax probabilities for a batch, {@code count * 10} values. */
        public float[] predict(float[] batchImages, int count) {
            return run(session, images, probabilities, batchImages, count, CLASSES);
        }

        /**
         * Writes a SavedModel (tag {@code serve}) with one {@code serving_default} predict signature;
         * the method name is what TensorFlow Serving and Triton expect of a Keras-style export.
         */
        public void export(Path directory) throws IOException {
            Signature signature = Signature.builder()
                    .key(SIGNATURE_KEY)
                    .methodName("tensorflow/serving/predict")
                    .input(INPUT, images)
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
