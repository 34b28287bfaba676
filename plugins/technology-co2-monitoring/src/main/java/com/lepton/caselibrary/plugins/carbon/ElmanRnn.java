package com.lepton.caselibrary.plugins.carbon;

import com.lepton.caselibrary.trainingkit.GraphRuns;
import com.lepton.caselibrary.trainingkit.Initializers;
import com.lepton.caselibrary.trainingkit.ParameterSet;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.WindowedRegression;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.framework.optimizers.Adam;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Unstack;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The seed's plain recurrent network (Elman RNN) as a TensorFlow graph built from raw ops with TF
 * Java. It reads a window of {@code T} monthly CO₂ readings (ppm) and forecasts the next month's.
 * The graph does its own preprocessing, so the SavedModel takes readings as they are published:
 * <pre>
 * d_t = ((x_t - x_{t-1}) - mean) / std          t = 2..T, the standardised month-on-month change
 * h_t = tanh(d_t W + h_{t-1} U + b)             h_1 = 0
 * y   = x_T + (h_T v + c) std + mean            the next month's reading, ppm
 * </pre>
 * Changes rather than levels, because the level climbs out of the range seen in training (the test
 * years are the highest ever measured) while the seasonal cycle of changes repeats; the forecast is
 * a residual on persistence.
 *
 * <p>Two graphs: {@link Training} with the loss on standardised changes and Adam, and
 * {@link Serving}, the forward pass in ppm, which is exported with the window itself as a second
 * output for the demo's chart.
 *
 * <p>Call {@code ai.djl.engine.Engine.getEngine("TensorFlow")} before using this class: DJL loads
 * the native library these classes need.
 *
 * @param window readings the model reads (T)
 * @param hidden hidden units of the recurrent cell
 */
record ElmanRnn(int window, int hidden) {

    /** Input: monthly readings in ppm, oldest first, {@code (batch, T, 1)}. */
    static final String INPUT = "readings";
    /** Output: the next month's reading in ppm, {@code (batch, 1)}. */
    static final String OUTPUT = "forecast";
    /** Output: the window's readings in ppm, {@code (batch, T)}. */
    static final String HISTORY = "history";

    /** The shipped model: two years of readings, 24 hidden units. */
    static final ElmanRnn SHIPPED = new ElmanRnn(24, 24);

    ElmanRnn {
        if (window < 3 || hidden < 1) {
            throw new IllegalArgumentException("invalid RNN: window " + window + ", hidden " + hidden);
        }
    }

    /** W (1 x H), U (H x H), b (H), then the dense read-out v (H x 1) and c (1). */
    ParameterSet parameterSet() {
        return new ParameterSet(
                List.of("rnn_kernel", "rnn_recurrent", "rnn_bias", "dense_kernel", "dense_bias"),
                List.of(
                        Shape.of(1, hidden),
                        Shape.of(hidden, hidden),
                        Shape.of(hidden),
                        Shape.of(hidden, 1),
                        Shape.of(1)));
    }

    /** {@code H + H H + H + H + 1}. */
    long parameterCount() {
        return parameterSet().valueCount();
    }

    /**
     * Seeded initial values, the Keras SimpleRNN defaults: Glorot-uniform kernels, an orthogonal
     * recurrent matrix (keeps the state's norm over the 23 steps early in training), zero biases.
     */
    List<float[]> initialParameters(long seed) {
        Random random = new Random(seed);
        ParameterSet set = parameterSet();
        List<float[]> values = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            Shape shape = set.shapes().get(i);
            if (set.names().get(i).equals("rnn_recurrent")) {
                values.add(Initializers.orthogonal(hidden, random));
            } else if (shape.numDimensions() == 2) {
                values.add(Initializers.glorotUniform(shape, random));
            } else {
                values.add(new float[(int) shape.size()]);
            }
        }
        return values;
    }

    /**
     * The forward pass up to the standardised next change, {@code (batch, 1)}.
     *
     * @param readings each month's reading, {@code (batch, 1)}, oldest first
     */
    private Operand<TFloat32> forward(
            Ops tf, List<Operand<TFloat32>> readings, List<? extends Operand<TFloat32>> p, Scaling scaling) {
        Operand<TFloat32> mean = tf.constant((float) scaling.mean());
        Operand<TFloat32> std = tf.constant((float) scaling.std());
        Operand<TFloat32> h = null;
        for (int t = 1; t < readings.size(); t++) {
            Operand<TFloat32> change =
                    tf.math.div(tf.math.sub(tf.math.sub(readings.get(t), readings.get(t - 1)), mean), std);
            Operand<TFloat32> pre = tf.linalg.matMul(change, p.get(0));
            if (h != null) {
                pre = tf.math.add(pre, tf.linalg.matMul(h, p.get(1)));
            }
            h = tf.math.tanh(tf.nn.biasAdd(pre, p.get(2)));
        }
        return tf.nn.biasAdd(tf.linalg.matMul(h, p.get(3)), p.get(4));
    }

    private Placeholder<TFloat32> readingsInput(Ops tf) {
        return tf.withName(INPUT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, window, 1)));
    }

    private List<Operand<TFloat32>> steps(Ops tf, Placeholder<TFloat32> input) {
        List<Operand<TFloat32>> readings = new ArrayList<>(window);
        for (Operand<TFloat32> reading : tf.unstack(input, (long) window, Unstack.axis(1L))) {
            readings.add(reading);
        }
        return readings;
    }

    /**
     * The month-on-month change's mean and standard deviation in the training period (ppm).
     */
    record Scaling(double mean, double std) {

        Scaling {
            if (!(std > 0) || !Double.isFinite(mean)) {
                throw new IllegalArgumentException("invalid scaling: mean " + mean + ", std " + std);
            }
        }

        float standardise(double change) {
            return (float) ((change - mean) / std);
        }

        /** Each change standardised, as the network learns it. */
        float[] standardise(double[] changes) {
            float[] result = new float[changes.length];
            for (int i = 0; i < changes.length; i++) {
                result[i] = standardise(changes[i]);
            }
            return result;
        }

        double original(double standardised) {
            return standardised * std + mean;
        }
    }

    /** The training graph: the forward pass, the mean squared error of the standardised next change, and Adam. */
    final class Training implements WindowedRegression.Network, AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> windows;
        private final Placeholder<TFloat32> targets;
        private final Operand<TFloat32> prediction;
        private final Operand<TFloat32> loss;
        private final Op minimize;
        private final List<Variable<TFloat32>> parameters;

        Training(List<float[]> initialValues, Scaling scaling, float learningRate) {
            this(initialValues, scaling, learningRate, 0);
        }

        /** On at most {@code threads} CPU threads (0: TensorFlow's default), as a fine-tuning job asks. */
        Training(List<float[]> initialValues, Scaling scaling, float learningRate, int threads) {
            Ops tf = Ops.create(graph);
            parameters = parameterSet().variables(tf);
            windows = readingsInput(tf);
            targets = tf.withName("targets").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 1)));
            prediction = tf.withName("prediction").identity(forward(tf, steps(tf, windows), parameters, scaling));
            loss = tf.withName("loss")
                    .math
                    .mean(tf.math.square(tf.math.sub(prediction, targets)), tf.constant(new int[] {0, 1}));
            minimize = new Adam(graph, learningRate).minimize(loss);
            session = ParameterSet.session(graph, threads);
            parameterSet().assign(tf, session, parameters, initialValues);
        }

        /** One Adam step on a batch of windows (ppm) and standardised next changes; returns the loss before the step. */
        @Override
        public float step(float[] batchWindows, float[] batchTargets, int count) {
            return GraphRuns.regressionLoss(
                    session, windows, Shape.of(count, window, 1), batchWindows, targets, batchTargets, minimize, loss);
        }

        /** The mean squared error on some windows, without training. */
        @Override
        public float loss(float[] allWindows, float[] allTargets, int count) {
            return GraphRuns.regressionLoss(
                    session, windows, Shape.of(count, window, 1), allWindows, targets, allTargets, null, loss);
        }

        /** The standardised next changes predicted for {@code count} windows. */
        float[] predict(float[] batchWindows, int count) {
            return GraphRuns.run(session, windows, Shape.of(count, window, 1), batchWindows, prediction, count);
        }

        /** A copy of the current parameter values. */
        @Override
        public List<float[]> snapshot() {
            return parameterSet().snapshot(session, parameters);
        }

        @Override
        public void close() {
            session.close();
            graph.close();
        }
    }

    /** The inference-only graph in ppm, filled with trained values; this is what is exported. */
    final class Serving implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> windows;
        private final Operand<TFloat32> forecast;
        private final Operand<TFloat32> history;

        Serving(List<float[]> parameterValues, Scaling scaling) {
            this(parameterValues, scaling, 0);
        }

        Serving(List<float[]> parameterValues, Scaling scaling, int threads) {
            Ops tf = Ops.create(graph);
            // No initializers: the trained values are assigned, so they are stored once, in variables/.
            List<Variable<TFloat32>> parameters = parameterSet().variables(tf);
            windows = readingsInput(tf);
            List<Operand<TFloat32>> readings = steps(tf, windows);
            Operand<TFloat32> change = forward(tf, readings, parameters, scaling);
            Operand<TFloat32> ppmChange = tf.math.add(
                    tf.math.mul(change, tf.constant((float) scaling.std())), tf.constant((float) scaling.mean()));
            forecast = tf.withName(OUTPUT).math.add(readings.getLast(), ppmChange);
            history = tf.withName(HISTORY).reshape(windows, tf.constant(new long[] {-1, window}));
            session = ParameterSet.session(graph, threads);
            parameterSet().assign(tf, session, parameters, parameterValues);
        }

        /** The forecasts (ppm) for {@code count} windows of readings (ppm). */
        float[] predict(float[] batchWindows, int count) {
            return GraphRuns.run(session, windows, Shape.of(count, window, 1), batchWindows, forecast, count);
        }

        /** Writes a SavedModel (tag {@code serve}) with one {@code serving_default} signature. */
        void export(Path directory) throws IOException {
            SavedModelExport.export(session, directory, INPUT, windows, Map.of(OUTPUT, forecast, HISTORY, history));
        }

        @Override
        public void close() {
            session.close();
            graph.close();
        }
    }
}
