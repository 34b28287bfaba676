package com.lepton.caselibrary.plugins.finance;

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
 * The volatility LSTM as a TensorFlow graph built from raw ops with TF Java, unrolled over the
 * {@value #WINDOW}-day window:
 * <pre>
 * z_t = standardised return of day t          x_t = [z_t, |z_t|]
 * i_t = sigmoid(x_t W_i + h_{t-1} U_i + b_i)   f_t = sigmoid(x_t W_f + h_{t-1} U_f + b_f)
 * g_t = tanh(x_t W_g + h_{t-1} U_g + b_g)      o_t = sigmoid(x_t W_o + h_{t-1} U_o + b_o)
 * c_t = f_t * c_{t-1} + i_t * g_t              h_t = o_t * tanh(c_t)          (h_0 = c_0 = 0)
 * y   = h_T w + b                               the standardised log of next-5-day volatility
 * </pre>
 * The graph derives the magnitude {@code |z_t|} itself, so callers feed the plain standardised
 * returns, shape {@code (batch, 20, 1)}: volatility is about the size of moves, and a saturating
 * LSTM finds a sign-symmetric signal hard to build from the signed return alone.
 *
 * <p>Two graphs: {@link Training} with the loss and Adam, and {@link Serving}, the forward pass
 * only, which is exported. The serving graph turns {@code y} into annualised volatility in percent
 * and also returns the realised 5-day volatility along the input window, for the demo's chart.
 *
 * <p>Call {@code ai.djl.engine.Engine.getEngine("TensorFlow")} before using this class: DJL loads
 * the native library these classes need.
 */
final class VolatilityLstm {

    /** Input name in the signature (and placeholder op): standardised daily log returns, {@code (batch, 20, 1)}. */
    static final String INPUT = "returns";
    /** Output: the forecast, annualised next-5-day volatility in percent, {@code (batch, 1)}. */
    static final String OUTPUT = "volatility";
    /** Output: realised 5-day volatility (annualised %) ending at each day of the window, {@code (batch, 16)}. */
    static final String HISTORY = "history";

    /** Daily returns the model reads (T). */
    static final int WINDOW = 20;
    /** Features per step, derived inside the graph: the standardised return and its magnitude. */
    static final int FEATURES = 2;
    /** Hidden units of the LSTM cell. */
    static final int HIDDEN = 32;
    /** Length of the history output: one trailing 5-day window per day from day 5 to day 20. */
    static final int HISTORY_LENGTH = WINDOW - Volatility.HORIZON + 1;

    /** The LSTM's parameters (per gate i, f, g, o: W, U, b), before the dense layer's. */
    private static final int LSTM_PARAMETERS = 12;

    /** Parameter names and shapes in graph order: per gate W, U, b; then the dense layer. */
    static final List<String> PARAMETER_NAMES;

    static final List<Shape> PARAMETER_SHAPES;

    static {
        List<String> names = new ArrayList<>(RecurrentLayers.lstmNames("lstm"));
        List<Shape> shapes = new ArrayList<>(RecurrentLayers.lstmShapes(FEATURES, HIDDEN));
        names.add("dense_kernel");
        shapes.add(Shape.of(HIDDEN, 1));
        names.add("dense_bias");
        shapes.add(Shape.of(1));
        PARAMETER_NAMES = List.copyOf(names);
        PARAMETER_SHAPES = List.copyOf(shapes);
    }

    static final ParameterSet PARAMETERS = new ParameterSet(PARAMETER_NAMES, PARAMETER_SHAPES);

    private VolatilityLstm() {}

    /** Trainable parameters: 4 x (2 x 32 + 32 x 32 + 32) + 32 + 1 = 4,513. */
    static long parameterCount() {
        return parameterCount(FEATURES, HIDDEN);
    }

    /** Parameters of an LSTM with {@code features} inputs and {@code hidden} units plus a one-output dense layer. */
    static long parameterCount(int features, int hidden) {
        return 4L * (features * hidden + (long) hidden * hidden + hidden) + hidden + 1;
    }

    /** The forward pass up to the standardised log volatility, {@code (batch, 1)}. */
    private static Operand<TFloat32> forward(Ops tf, Operand<TFloat32> windows, List<? extends Operand<TFloat32>> p) {
        Operand<TFloat32> features = tf.concat(List.of(windows, tf.math.abs(windows)), tf.constant(2));
        Unstack<TFloat32> steps = tf.unstack(features, (long) WINDOW, Unstack.axis(1L));
        Operand<TFloat32> h = RecurrentLayers.lstm(tf, steps.output(), null, p.subList(0, LSTM_PARAMETERS));
        return tf.nn.biasAdd(tf.linalg.matMul(h, p.get(LSTM_PARAMETERS)), p.get(LSTM_PARAMETERS + 1));
    }

    private static Placeholder<TFloat32> windowInput(Ops tf) {
        return tf.withName(INPUT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, WINDOW, 1)));
    }

    /** Runs {@code output} on {@code count} windows and returns {@code count * width} values. */
    private static float[] run(
            Session session,
            Placeholder<TFloat32> input,
            Operand<TFloat32> output,
            float[] windows,
            int count,
            int width) {
        return GraphRuns.run(session, input, Shape.of(count, WINDOW, 1), windows, output, count * width);
    }

    /**
     * Seeded initial values, the Keras LSTM defaults: Glorot-uniform input kernels, orthogonal
     * recurrent kernels, zero biases except the forget gate's, which starts at 1 so the cell keeps
     * its memory early in training; Glorot-uniform dense kernel.
     */
    static List<float[]> initialParameters(long seed) {
        Random random = new Random(seed);
        List<float[]> values = new ArrayList<>();
        for (int i = 0; i < PARAMETER_NAMES.size(); i++) {
            String name = PARAMETER_NAMES.get(i);
            Shape shape = PARAMETER_SHAPES.get(i);
            float[] value = new float[(int) shape.size()];
            if (name.startsWith("lstm_recurrent_")) {
                value = Initializers.orthogonal(HIDDEN, random);
            } else if (shape.numDimensions() == 2) {
                value = Initializers.glorotUniform(shape, random);
            } else if (name.equals("lstm_bias_f")) {
                Arrays.fill(value, 1f);
            }
            values.add(value);
        }
        return values;
    }

    /** The training graph: the forward pass, the mean squared error on the standardised log volatility, and Adam. */
    static final class Training implements AutoCloseable {

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
            parameters = PARAMETERS.variables(tf);
            windows = windowInput(tf);
            targets = tf.withName("targets").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 1)));
            prediction = tf.withName("prediction").identity(forward(tf, windows, parameters));
            loss = tf.withName("loss")
                    .math
                    .mean(tf.math.square(tf.math.sub(prediction, targets)), tf.constant(new int[] {0, 1}));
            minimize = new Adam(graph, learningRate).minimize(loss);
            session = new Session(graph);
            // The first run also runs Adam's slot initializers (TF Java runs registered initializers once).
            PARAMETERS.assign(tf, session, parameters, initialValues);
        }

        /** One Adam step on a batch of windows ({@code count * 20} values) and standardised targets; returns the batch loss. */
        float step(float[] batchWindows, float[] batchTargets, int count) {
            return GraphRuns.regressionLoss(
                    session, windows, Shape.of(count, WINDOW, 1), batchWindows, targets, batchTargets, minimize, loss);
        }

        /** The standardised log-volatility predictions for {@code count} windows. */
        float[] predict(float[] batchWindows, int count) {
            return run(session, windows, prediction, batchWindows, count, 1);
        }

        /** A copy of the current parameter values, in {@link #PARAMETER_NAMES} order. */
        List<float[]> snapshot() {
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
        private final Placeholder<TFloat32> windows;
        private final Operand<TFloat32> volatility;
        private final Operand<TFloat32> history;

        Serving(List<float[]> parameterValues, Preprocessing preprocessing, TargetScale scale) {
            Ops tf = Ops.create(graph);
            // No initializers: the trained values are assigned, so they are stored once, in variables/.
            List<Variable<TFloat32>> parameters = PARAMETERS.variables(tf);
            windows = windowInput(tf);
            Operand<TFloat32> y = forward(tf, windows, parameters);
            Operand<TFloat32> logVolatility =
                    tf.math.add(tf.math.mul(y, tf.constant((float) scale.logStd())), tf.constant((float)
                            (scale.logMean() + scale.logBias())));
            volatility = tf.withName(OUTPUT).math.exp(logVolatility);

            // Realised 5-day volatility along the window: undo the scaling, square, average each run of
            // five days with one matrix product, annualise.
            Operand<TFloat32> returns = tf.math.add(
                    tf.math.mul(windows, tf.constant((float) preprocessing.returnStd())),
                    tf.constant((float) preprocessing.returnMean()));
            Operand<TFloat32> squares = tf.reshape(tf.math.square(returns), tf.constant(new int[] {-1, WINDOW}));
            Operand<TFloat32> meanSquares = tf.linalg.matMul(squares, tf.constant(trailingMeanMatrix()));
            history = tf.withName(HISTORY).math.sqrt(tf.math.mul(meanSquares, tf.constant((float)
                    (Volatility.TRADING_DAYS * 100 * 100))));
            session = new Session(graph);
            PARAMETERS.assign(tf, session, parameters, parameterValues);
        }

        /** {@code (20, 16)}: column {@code k} averages days {@code k..k+4}. */
        static float[][] trailingMeanMatrix() {
            float[][] matrix = new float[WINDOW][HISTORY_LENGTH];
            for (int k = 0; k < HISTORY_LENGTH; k++) {
                for (int day = k; day < k + Volatility.HORIZON; day++) {
                    matrix[day][k] = 1f / Volatility.HORIZON;
                }
            }
            return matrix;
        }

        /** The forecasts (annualised %) for {@code count} windows. */
        float[] predict(float[] batchWindows, int count) {
            return run(session, windows, volatility, batchWindows, count, 1);
        }

        /** The history output for {@code count} windows, {@code count * 16} values. */
        float[] history(float[] batchWindows, int count) {
            return run(session, windows, history, batchWindows, count, HISTORY_LENGTH);
        }

        /** Writes a SavedModel (tag {@code serve}) with one {@code serving_default} signature. */
        void export(Path directory) throws IOException {
            SavedModelExport.export(session, directory, INPUT, windows, Map.of(OUTPUT, volatility, HISTORY, history));
        }

        @Override
        public void close() {
            session.close();
            graph.close();
        }
    }
}
