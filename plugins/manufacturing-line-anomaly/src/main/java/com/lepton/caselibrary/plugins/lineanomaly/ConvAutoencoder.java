package com.lepton.caselibrary.plugins.lineanomaly;

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
import org.tensorflow.op.math.Mean;
import org.tensorflow.types.TFloat32;

/**
 * A convolutional autoencoder for 28x28 grayscale products, as TF Java graphs:
 * <pre>
 * 28x28x1 -> Conv 16 3x3 stride 2 relu (14x14) -> Conv 32 3x3 stride 2 relu (7x7)
 *         -> Dense 32 (the code) -> Dense 256 relu -> Dense 784 sigmoid -> 28x28x1
 * </pre>
 * Trained only on products of one line, it learns to redraw what normal looks like; the squared
 * difference per pixel is the error map and its mean the anomaly score. The decoder is dense: it keeps
 * to ops whose TF Java gradients this project has checked (transposed convolutions were not). The exported graph answers, per image, a
 * vector of {@value #OUTPUT_WIDTH}: the score, the warning threshold, the spread of normal
 * scores (log scale), then the 784 squared errors.
 */
final class ConvAutoencoder {

    static final int SIZE = 28;
    static final int PIXELS = SIZE * SIZE;
    static final int CODE = 32;
    static final int OUTPUT_WIDTH = 3 + PIXELS;
    static final String INPUT = "input";
    static final String OUTPUT = "anomaly";

    private static final ParameterSet PARAMETERS = new ParameterSet(
            List.of(
                    "conv1_kernel",
                    "conv1_bias",
                    "conv2_kernel",
                    "conv2_bias",
                    "code_kernel",
                    "code_bias",
                    "hidden_kernel",
                    "hidden_bias",
                    "pixels_kernel",
                    "pixels_bias"),
            List.of(
                    Shape.of(3, 3, 1, 16),
                    Shape.of(16),
                    Shape.of(3, 3, 16, 32),
                    Shape.of(32),
                    Shape.of(7 * 7 * 32, CODE),
                    Shape.of(CODE),
                    Shape.of(CODE, 256),
                    Shape.of(256),
                    Shape.of(256, PIXELS),
                    Shape.of(PIXELS)));

    private ConvAutoencoder() {}

    static long parameterCount() {
        return PARAMETERS.valueCount();
    }

    /** Seeded Glorot-uniform kernels and zero biases. */
    static List<float[]> initialParameters(long seed) {
        Random random = new Random(seed);
        List<float[]> values = new ArrayList<>();
        for (Shape shape : PARAMETERS.shapes()) {
            values.add(Initializers.glorotUniform(shape, random));
        }
        return values;
    }

    /** The redrawn image, {@code (n, 28, 28, 1)} in [0, 1]. */
    private static Operand<TFloat32> reconstruct(
            Ops tf, Operand<TFloat32> images, List<? extends Operand<TFloat32>> p) {
        Operand<TFloat32> x =
                tf.nn.relu(tf.nn.biasAdd(tf.nn.conv2d(images, p.get(0), List.of(1L, 2L, 2L, 1L), "SAME"), p.get(1)));
        x = tf.nn.relu(tf.nn.biasAdd(tf.nn.conv2d(x, p.get(2), List.of(1L, 2L, 2L, 1L), "SAME"), p.get(3)));
        x = tf.reshape(x, tf.constant(new int[] {-1, 7 * 7 * 32}));
        x = tf.nn.biasAdd(tf.linalg.matMul(x, p.get(4)), p.get(5));
        x = tf.nn.relu(tf.nn.biasAdd(tf.linalg.matMul(x, p.get(6)), p.get(7)));
        x = tf.math.sigmoid(tf.nn.biasAdd(tf.linalg.matMul(x, p.get(8)), p.get(9)));
        return tf.reshape(x, tf.constant(new int[] {-1, SIZE, SIZE, 1}));
    }

    /** Squared error per pixel, {@code (n, 784)}. */
    private static Operand<TFloat32> errors(Ops tf, Operand<TFloat32> images, List<? extends Operand<TFloat32>> p) {
        Operand<TFloat32> difference = tf.math.sub(reconstruct(tf, images, p), images);
        return tf.reshape(tf.math.square(difference), tf.constant(new int[] {-1, PIXELS}));
    }

    private static Placeholder<TFloat32> imageInput(Ops tf) {
        return tf.withName(INPUT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, SIZE, SIZE, 1)));
    }

    /** The training graph: reconstruction, mean squared error and Adam. */
    static final class Training implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> images;
        private final Operand<TFloat32> scores;
        private final Operand<TFloat32> loss;
        private final Op minimize;
        private final List<Variable<TFloat32>> parameters;

        Training(List<float[]> initialValues, float learningRate) {
            Ops tf = Ops.create(graph);
            parameters = PARAMETERS.variables(tf);
            images = imageInput(tf);
            scores = tf.math.mean(errors(tf, images, parameters), tf.constant(1));
            loss = tf.withName("loss").math.mean(scores, tf.constant(0));
            minimize = new Adam(graph, learningRate).minimize(loss);
            session = new Session(graph);
            PARAMETERS.assign(tf, session, parameters, initialValues);
        }

        /** One Adam step; returns the batch's mean squared error. */
        float step(float[] batch, int count) {
            try (TFloat32 x = TFloat32.tensorOf(Shape.of(count, SIZE, SIZE, 1), DataBuffers.of(batch, true, false));
                    Result result = session.runner()
                            .feed(images, x)
                            .addTarget(minimize)
                            .fetch(loss)
                            .run()) {
                return ((TFloat32) result.get(0)).getFloat();
            }
        }

        /** The anomaly score (mean squared error) of each image. */
        float[] scores(float[] batch, int count) {
            return GraphRuns.run(session, images, Shape.of(count, SIZE, SIZE, 1), batch, scores, count);
        }

        List<float[]> snapshot() {
            return PARAMETERS.snapshot(session, parameters);
        }

        @Override
        public void close() {
            session.close();
            graph.close();
        }
    }

    /** The exported graph: trained weights plus the threshold and spread set on validation data. */
    static final class Serving implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> images;
        private final Operand<TFloat32> output;

        Serving(List<float[]> parameterValues, float threshold, float logSpread) {
            Ops tf = Ops.create(graph);
            List<Variable<TFloat32>> parameters = PARAMETERS.variables(tf);
            images = imageInput(tf);
            Operand<TFloat32> errors = errors(tf, images, parameters);
            Operand<TFloat32> score = tf.math.mean(errors, tf.constant(new int[] {1}), Mean.keepDims(true));
            Operand<TFloat32> ones = tf.onesLike(score);
            output = tf.withName(OUTPUT)
                    .concat(
                            List.of(
                                    score,
                                    tf.math.mul(ones, tf.constant(threshold)),
                                    tf.math.mul(ones, tf.constant(logSpread)),
                                    errors),
                            tf.constant(1));
            session = new Session(graph);
            PARAMETERS.assign(tf, session, parameters, parameterValues);
        }

        /** {@value #OUTPUT_WIDTH} values per image: score, threshold, spread, 784 squared errors. */
        float[] predict(float[] batch, int count) {
            return GraphRuns.run(session, images, Shape.of(count, SIZE, SIZE, 1), batch, output, count * OUTPUT_WIDTH);
        }

        void export(Path directory) throws IOException {
            Signature signature = Signature.builder()
                    .key("serving_default")
                    .methodName("tensorflow/serving/predict")
                    .input(INPUT, images)
                    .output(OUTPUT, output)
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
