package com.lepton.caselibrary.plugins.technology.sensors;

import com.lepton.caselibrary.trainingkit.GraphRuns;
import com.lepton.caselibrary.trainingkit.Initializers;
import com.lepton.caselibrary.trainingkit.ParameterSet;
import com.lepton.caselibrary.trainingkit.RecurrentLayers;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.tensorflow.op.core.Unstack;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * A plain (Elman) RNN that forecasts each next change of temperature from the changes before it,
 * as a TensorFlow graph from raw ops (TF Java), unrolled over a window of {@value #WINDOW} readings:
 * <pre>
 * z_t = (x_{t+1} - x_t) / sigma          the change per 5 s, in units of its normal spread
 * h_t = tanh(z_t W + h_{t-1} U + b)      16 units
 * p_t = h_t v + c                        the forecast of z_{t+1}
 * score of reading t+2 = |z_{t+1} - p_t| the surprise, in the same units
 * </pre>
 * Trained on normal readings only: a reading the network did not expect from the ones before it is
 * an anomaly. Padding (readings below {@value #PADDING_BELOW}) is left out of the loss and scores 0.
 * The serving graph returns the readings and a score per reading in units of the alarm threshold
 * (flagged at 1 or more); the first {@value #WARM_UP} score 0.
 */
final class SensorRnn {

    static final String SIGNATURE_KEY = "serving_default";
    static final String INPUT = "readings";
    static final String OUTPUT_READINGS = "readings_out";
    static final String OUTPUT_SCORES = "scores";

    /** Readings per window: 30 minutes at one reading per 5 seconds. */
    static final int WINDOW = 360;
    /** Readings at the start of a window that only warm the state up; they score 0. */
    static final int WARM_UP = 12;
    /** Values below this mark padding in front of a shorter series. */
    static final float PADDING_BELOW = -500f;
    /** The padding value the adapter writes. */
    static final float PADDING = -1000f;

    static final int HIDDEN = 16;

    static final List<String> PARAMETER_NAMES;
    static final List<Shape> PARAMETER_SHAPES;

    static {
        List<String> names = new ArrayList<>(RecurrentLayers.elmanNames("rnn"));
        names.add("dense_kernel");
        names.add("dense_bias");
        List<Shape> shapes = new ArrayList<>(RecurrentLayers.elmanShapes(1, HIDDEN));
        shapes.add(Shape.of(HIDDEN, 1));
        shapes.add(Shape.of(1));
        PARAMETER_NAMES = List.copyOf(names);
        PARAMETER_SHAPES = List.copyOf(shapes);
    }

    static final ParameterSet PARAMETERS = new ParameterSet(PARAMETER_NAMES, PARAMETER_SHAPES);

    private SensorRnn() {}

    static long parameterCount() {
        return PARAMETER_SHAPES.stream().mapToLong(Shape::size).sum();
    }

    static List<float[]> initialParameters(long seed) {
        Random random = new Random(seed);
        List<float[]> values = new ArrayList<>(RecurrentLayers.elmanInitialValues(1, HIDDEN, random));
        values.add(Initializers.glorotUniform(Shape.of(HIDDEN, 1), random));
        values.add(new float[1]);
        return values;
    }

    /** The graph's pieces: the changes, their mask, and the forecast of each next change. */
    private record Forward(Operand<TFloat32> next, Operand<TFloat32> nextMask, Operand<TFloat32> forecast) {}

    private static Forward forward(
            Ops tf, Operand<TFloat32> readings, List<? extends Operand<TFloat32>> p, float sigma) {
        Operand<TFloat32> valid = tf.dtypes.cast(tf.math.greater(readings, tf.constant(PADDING_BELOW)), TFloat32.class);
        Operand<TFloat32> later =
                tf.slice(readings, tf.constant(new int[] {0, 1}), tf.constant(new int[] {-1, WINDOW - 1}));
        Operand<TFloat32> earlier =
                tf.slice(readings, tf.constant(new int[] {0, 0}), tf.constant(new int[] {-1, WINDOW - 1}));
        Operand<TFloat32> bothValid = tf.math.mul(
                tf.slice(valid, tf.constant(new int[] {0, 1}), tf.constant(new int[] {-1, WINDOW - 1})),
                tf.slice(valid, tf.constant(new int[] {0, 0}), tf.constant(new int[] {-1, WINDOW - 1})));
        Operand<TFloat32> changes =
                tf.math.mul(tf.math.div(tf.math.sub(later, earlier), tf.constant(sigma)), bothValid);
        Unstack<TFloat32> steps =
                tf.unstack(tf.expandDims(changes, tf.constant(-1)), (long) WINDOW - 1, Unstack.axis(1L));
        List<Operand<TFloat32>> states =
                RecurrentLayers.elman(tf, steps.output().subList(0, WINDOW - 2), p.subList(0, 3));
        List<Operand<TFloat32>> forecasts = new ArrayList<>(states.size());
        for (Operand<TFloat32> h : states) {
            forecasts.add(tf.nn.biasAdd(tf.linalg.matMul(h, p.get(3)), p.get(4)));
        }
        Operand<TFloat32> forecast = tf.concat(forecasts, tf.constant(1));
        Operand<TFloat32> next =
                tf.slice(changes, tf.constant(new int[] {0, 1}), tf.constant(new int[] {-1, WINDOW - 2}));
        Operand<TFloat32> nextMask =
                tf.slice(bothValid, tf.constant(new int[] {0, 1}), tf.constant(new int[] {-1, WINDOW - 2}));
        return new Forward(next, nextMask, forecast);
    }

    private static Placeholder<TFloat32> input(Ops tf) {
        return tf.withName(INPUT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, WINDOW)));
    }

    /** Training: mean squared forecast error over the real (unpadded) changes, and Adam. */
    static final class Training implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> readings;
        private final Operand<TFloat32> loss;
        private final Op minimize;
        private final List<Variable<TFloat32>> parameters;

        Training(List<float[]> initialValues, float sigma, float learningRate) {
            Ops tf = Ops.create(graph);
            parameters = PARAMETERS.variables(tf);
            readings = input(tf);
            Forward f = forward(tf, readings, parameters, sigma);
            Operand<TFloat32> squared = tf.math.mul(tf.math.square(tf.math.sub(f.forecast(), f.next())), f.nextMask());
            loss = tf.withName("loss")
                    .math
                    .div(
                            tf.reduceSum(squared, tf.constant(new int[] {0, 1})),
                            tf.math.maximum(
                                    tf.reduceSum(f.nextMask(), tf.constant(new int[] {0, 1})), tf.constant(1f)));
            minimize = new Adam(graph, learningRate).minimize(loss);
            session = new Session(graph);
            PARAMETERS.assign(tf, session, parameters, initialValues);
        }

        /** One Adam step on {@code count} windows; returns the loss. */
        float step(float[] windows, int count) {
            try (TFloat32 x = TFloat32.tensorOf(
                            Shape.of(count, WINDOW),
                            DataBuffers.of(Arrays.copyOf(windows, count * WINDOW), true, false));
                    Result result = session.runner()
                            .feed(readings, x)
                            .addTarget(minimize)
                            .fetch(loss)
                            .run()) {
                return ((TFloat32) result.get(0)).getFloat();
            }
        }

        /** The loss on {@code count} windows, without a step. */
        float loss(float[] windows, int count) {
            return GraphRuns.run(
                    session, readings, Shape.of(count, WINDOW), Arrays.copyOf(windows, count * WINDOW), loss, 1)[0];
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

    /** The exported graph: readings in, the readings and one surprise score per reading out. */
    static final class Serving implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> readings;
        private final Operand<TFloat32> echo;
        private final Operand<TFloat32> scores;

        /**
         * @param threshold the surprise at which a reading is flagged; scores come out divided by it,
         *                  so a reading is flagged when its score reaches 1
         */
        Serving(List<float[]> parameterValues, float sigma, float threshold) {
            Ops tf = Ops.create(graph);
            List<Variable<TFloat32>> parameters = PARAMETERS.variables(tf);
            readings = input(tf);
            Forward f = forward(tf, readings, parameters, sigma);
            Operand<TFloat32> surprise = tf.math.mul(tf.math.abs(tf.math.sub(f.next(), f.forecast())), f.nextMask());
            // Readings 0 and 1 have no forecast; the first WARM_UP readings only warm the state up.
            Operand<TFloat32> none = tf.math.mul(
                    tf.slice(readings, tf.constant(new int[] {0, 0}), tf.constant(new int[] {-1, 2})), tf.constant(0f));
            float[] warm = new float[WINDOW];
            Arrays.fill(warm, WARM_UP, WINDOW, 1f / threshold);
            scores = tf.withName(OUTPUT_SCORES)
                    .math
                    .mul(tf.concat(List.of(none, surprise), tf.constant(1)), tf.constant(warm));
            echo = tf.withName(OUTPUT_READINGS).identity(readings);
            session = new Session(graph);
            PARAMETERS.assign(tf, session, parameters, parameterValues);
        }

        /** Scores for {@code count} windows, {@code count * WINDOW} values. */
        float[] scores(float[] windows, int count) {
            return GraphRuns.run(
                    session,
                    readings,
                    Shape.of(count, WINDOW),
                    Arrays.copyOf(windows, count * WINDOW),
                    scores,
                    count * WINDOW);
        }

        void export(Path directory) throws IOException {
            Signature signature = Signature.builder()
                    .key(SIGNATURE_KEY)
                    .input(INPUT, readings)
                    .output(OUTPUT_READINGS, echo)
                    .output(OUTPUT_SCORES, scores)
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
