package com.lepton.caselibrary.plugins.technology;

import com.lepton.caselibrary.trainingkit.GraphRuns;
import com.lepton.caselibrary.trainingkit.Initializers;
import com.lepton.caselibrary.trainingkit.ParameterSet;
import com.lepton.caselibrary.trainingkit.RecurrentLayers;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.WindowedRegression;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * A next-day temperature LSTM as a TensorFlow graph built from raw ops with TF Java, unrolled over
 * a window of {@code T} days with {@code F} features per day (feature 0 is always the standardised
 * maximum temperature):
 * <pre>
 * i_t = sigmoid(x_t W_i + h_{t-1} U_i + b_i)   f_t = sigmoid(x_t W_f + h_{t-1} U_f + b_f)
 * g_t = tanh(x_t W_g + h_{t-1} U_g + b_g)      o_t = sigmoid(x_t W_o + h_{t-1} U_o + b_o)
 * c_t = f_t * c_{t-1} + i_t * g_t              h_t = o_t * tanh(c_t)          (h_0 = c_0 = 0)
 * y   = x_T[0] + h_T w + b                      the standardised maximum temperature of day T + 1
 * </pre>
 * The network learns the change from today's maximum (a residual on persistence); day-to-day
 * changes are what is left to predict once "tomorrow is like today" is taken for granted.
 *
 * <p>Two graphs: {@link Training} with the loss and Adam, and {@link Serving}, the forward pass
 * only, which is exported. The serving graph turns {@code y} back into °C and also returns the
 * window's maximum temperatures in °C, for the demo's chart.
 *
 * <p>Call {@code ai.djl.engine.Engine.getEngine("TensorFlow")} before using this class: DJL loads
 * the native library these classes need.
 *
 * @param window   days the model reads (T)
 * @param features values per day (F)
 * @param hidden   hidden units of the LSTM cell
 */
record TemperatureLstm(int window, int features, int hidden) {

    /** Input name in the signature: standardised daily values, {@code (batch, T, F)}. */
    static final String INPUT = "temperatures";
    /** Output: the forecast maximum temperature of the next day, °C, {@code (batch, 1)}. */
    static final String OUTPUT = "forecast";
    /** Output: the window's maximum temperatures, °C, {@code (batch, T)}. */
    static final String HISTORY = "history";

    /** The shipped (demo) model: the last 14 daily maxima, one value per day, 32 hidden units. */
    static final TemperatureLstm SHIPPED = new TemperatureLstm(14, 1, 32);

    /** The LSTM's parameters (per gate i, f, g, o: W, U, b), before the dense layer's. */
    private static final int LSTM_PARAMETERS = 12;

    TemperatureLstm {
        if (window < 2 || features < 1 || hidden < 1) {
            throw new IllegalArgumentException(
                    "invalid LSTM: window " + window + ", features " + features + ", hidden " + hidden);
        }
    }

    /** Parameter names in graph order: per gate W, U, b; then the dense layer. */
    List<String> parameterNames() {
        List<String> names = new ArrayList<>(RecurrentLayers.lstmNames("lstm"));
        names.add("dense_kernel");
        names.add("dense_bias");
        return names;
    }

    /** Parameter shapes in {@link #parameterNames()} order. */
    List<Shape> parameterShapes() {
        List<Shape> shapes = new ArrayList<>(RecurrentLayers.lstmShapes(features, hidden));
        shapes.add(Shape.of(hidden, 1));
        shapes.add(Shape.of(1));
        return shapes;
    }

    /** The parameters by name and shape. */
    ParameterSet parameterSet() {
        return new ParameterSet(parameterNames(), parameterShapes());
    }

    /** Trainable parameters: {@code 4 (F H + H H + H) + H + 1}. */
    long parameterCount() {
        return 4L * ((long) features * hidden + (long) hidden * hidden + hidden) + hidden + 1;
    }

    /**
     * Seeded initial values, the Keras LSTM defaults: Glorot-uniform input kernels, orthogonal
     * recurrent kernels, zero biases except the forget gate's, which starts at 1 so the cell keeps
     * its memory early in training; Glorot-uniform dense kernel. Drawn in Java because the Glorot
     * initializer of tensorflow-framework 1.0.0-rc.2 draws from [0, limit) only.
     */
    List<float[]> initialParameters(long seed) {
        Random random = new Random(seed);
        List<String> names = parameterNames();
        List<Shape> shapes = parameterShapes();
        List<float[]> values = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Shape shape = shapes.get(i);
            float[] value = new float[(int) shape.size()];
            if (name.startsWith("lstm_recurrent_")) {
                value = Initializers.orthogonal(hidden, random);
            } else if (shape.numDimensions() == 2) {
                value = Initializers.glorotUniform(shape, random);
            } else if (name.equals("lstm_bias_f")) {
                Arrays.fill(value, 1f);
            }
            values.add(value);
        }
        return values;
    }

    /** {@code (F, 1)}: picks feature 0 (the maximum temperature) from one day's values. */
    private float[][] firstFeature() {
        float[][] pick = new float[features][1];
        pick[0][0] = 1f;
        return pick;
    }

    /** The forward pass up to the standardised next-day maximum, {@code (batch, 1)}; also each day's feature 0. */
    private Operand<TFloat32> forward(
            Ops tf, Operand<TFloat32> windows, List<? extends Operand<TFloat32>> p, List<Operand<TFloat32>> dailyMax) {
        Unstack<TFloat32> steps = tf.unstack(windows, (long) window, Unstack.axis(1L));
        Operand<TFloat32> pick = tf.constant(firstFeature());
        Operand<TFloat32> h = RecurrentLayers.lstm(tf, steps.output(), null, p.subList(0, LSTM_PARAMETERS));
        Operand<TFloat32> today = null;
        for (Operand<TFloat32> x : steps) {
            today = tf.linalg.matMul(x, pick);
            if (dailyMax != null) {
                dailyMax.add(today);
            }
        }
        Operand<TFloat32> change =
                tf.nn.biasAdd(tf.linalg.matMul(h, p.get(LSTM_PARAMETERS)), p.get(LSTM_PARAMETERS + 1));
        return tf.math.add(today, change);
    }

    private Placeholder<TFloat32> windowInput(Ops tf) {
        return tf.withName(INPUT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, window, features)));
    }

    /** The training graph: the forward pass, the mean squared error in standardised units, and Adam. */
    final class Training implements WindowedRegression.Network, AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> windows;
        private final Placeholder<TFloat32> targets;
        private final Operand<TFloat32> prediction;
        private final Operand<TFloat32> loss;
        private final Op minimize;
        private final List<Variable<TFloat32>> parameters;

        Training(List<float[]> initialValues, float learningRate) {
            Ops tf = Ops.create(graph);
            parameters = parameterSet().variables(tf);
            windows = windowInput(tf);
            targets = tf.withName("targets").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 1)));
            prediction = tf.withName("prediction").identity(forward(tf, windows, parameters, null));
            loss = tf.withName("loss")
                    .math
                    .mean(tf.math.square(tf.math.sub(prediction, targets)), tf.constant(new int[] {0, 1}));
            minimize = new Adam(graph, learningRate).minimize(loss);
            session = new Session(graph);
            // The first run also runs Adam's slot initializers (TF Java runs registered initializers once).
            parameterSet().assign(tf, session, parameters, initialValues);
        }

        /** One Adam step on a batch of windows and standardised targets; returns the batch loss before the step. */
        @Override
        public float step(float[] batchWindows, float[] batchTargets, int count) {
            return GraphRuns.regressionLoss(
                    session,
                    windows,
                    Shape.of(count, window, features),
                    batchWindows,
                    targets,
                    batchTargets,
                    minimize,
                    loss);
        }

        /** The mean squared error (standardised units) on some windows, without training. */
        @Override
        public float loss(float[] allWindows, float[] allTargets, int count) {
            return GraphRuns.regressionLoss(
                    session, windows, Shape.of(count, window, features), allWindows, targets, allTargets, null, loss);
        }

        /** The standardised predictions for {@code count} windows. */
        float[] predict(float[] batchWindows, int count) {
            return GraphRuns.run(session, windows, Shape.of(count, window, features), batchWindows, prediction, count);
        }

        /** A copy of the current parameter values, in {@link #parameterNames()} order. */
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

    /** The inference-only graph, filled with trained parameter values, answering in °C; this is what is exported. */
    final class Serving implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> windows;
        private final Operand<TFloat32> forecast;
        private final Operand<TFloat32> history;

        /**
         * @param parameterValues trained values in {@link #parameterNames()} order
         * @param tempMax         the scaling of feature 0 and of the target, to answer in °C
         */
        Serving(List<float[]> parameterValues, Standardiser tempMax) {
            Ops tf = Ops.create(graph);
            // No initializers: the trained values are assigned, so they are stored once, in variables/.
            List<Variable<TFloat32>> parameters = parameterSet().variables(tf);
            windows = windowInput(tf);
            List<Operand<TFloat32>> dailyMax = new ArrayList<>();
            Operand<TFloat32> y = forward(tf, windows, parameters, dailyMax);
            Operand<TFloat32> std = tf.constant((float) tempMax.std());
            Operand<TFloat32> mean = tf.constant((float) tempMax.mean());
            forecast = tf.withName(OUTPUT).math.add(tf.math.mul(y, std), mean);
            Operand<TFloat32> days = tf.concat(dailyMax, tf.constant(1));
            history = tf.withName(HISTORY).math.add(tf.math.mul(days, std), mean);
            session = new Session(graph);
            parameterSet().assign(tf, session, parameters, parameterValues);
        }

        /** The forecasts (°C) for {@code count} windows. */
        float[] predict(float[] batchWindows, int count) {
            return GraphRuns.run(session, windows, Shape.of(count, window, features), batchWindows, forecast, count);
        }

        /** The history output for {@code count} windows, {@code count * T} values (°C). */
        float[] history(float[] batchWindows, int count) {
            return GraphRuns.run(
                    session, windows, Shape.of(count, window, features), batchWindows, history, count * window);
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
