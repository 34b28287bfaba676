package com.lepton.caselibrary.plugins.healthcare.progression;

import com.lepton.caselibrary.trainingkit.GraphRuns;
import com.lepton.caselibrary.trainingkit.Initializers;
import com.lepton.caselibrary.trainingkit.ParameterSet;
import com.lepton.caselibrary.trainingkit.RecurrentLayers;
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
import org.tensorflow.op.core.Unstack;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * An LSTM over a patient's visits, as a TensorFlow graph from raw ops (TF Java):
 * <pre>
 * x_t = scale(visit t)                  missing value -> training median, skewed labs -> log, standardized
 * h_t = LSTM(x_t, h_{t-1})              {@value #HIDDEN} units; padding rows leave the state as it was
 * P   = softmax(h_last W + b)           P(death within 3 years), P(alive at 3 years)
 * </pre>
 * The scaling is part of the graph, so the SavedModel reads visits as pbcseq writes them. The
 * serving graph also returns the operating point chosen on validation data, so the adapter states
 * the decision the card's sensitivity and specificity belong to.
 */
final class ProgressionLstm {

    static final String INPUT = "visits";
    static final String OUTPUT = "probabilities";
    static final String OUTPUT_THRESHOLD = "threshold";
    static final int HIDDEN = 16;
    private static final int LSTM_PARAMETERS = 12;
    private static final int STEPS = VisitSeries.MAX_VISITS;
    private static final int FEATURES = VisitColumn.COUNT;
    private static final int CLASSES = Outcome.values().length;

    static final ParameterSet PARAMETERS;

    static {
        List<String> names = new ArrayList<>(RecurrentLayers.lstmNames("lstm"));
        names.add("dense_kernel");
        names.add("dense_bias");
        List<Shape> shapes = new ArrayList<>(RecurrentLayers.lstmShapes(FEATURES, HIDDEN));
        shapes.add(Shape.of(HIDDEN, CLASSES));
        shapes.add(Shape.of(CLASSES));
        PARAMETERS = new ParameterSet(names, shapes);
    }

    /**
     * The scaling, learnt from the training patients' visits.
     *
     * @param median per column, in raw units: what a missing value is read as
     * @param mean   per column, after the log of skewed labs
     * @param std    per column, after the log of skewed labs
     */
    record Scaling(float[] median, float[] mean, float[] std) {

        /** One visit scaled as the graph scales it (for the baseline, which sees the same numbers). */
        double[] scale(float[] visit) {
            double[] x = new double[FEATURES];
            for (VisitColumn column : VisitColumn.values()) {
                int c = column.ordinal();
                double value = Float.isNaN(visit[c]) ? median[c] : visit[c];
                if (column.logScale()) {
                    value = Math.log(Math.max(value, LOG_FLOOR));
                }
                x[c] = (value - mean[c]) / std[c];
            }
            return x;
        }
    }

    /** Values below this are read as this before the logarithm. */
    static final float LOG_FLOOR = 1e-3f;

    private ProgressionLstm() {}

    static long parameterCount() {
        return PARAMETERS.valueCount();
    }

    /** Keras's LSTM start, Glorot-uniform dense kernel, zero bias; seeded. */
    static List<float[]> initialParameters(long seed) {
        Random random = new Random(seed);
        List<float[]> values = new ArrayList<>(RecurrentLayers.lstmInitialValues(FEATURES, HIDDEN, random));
        values.add(Initializers.glorotUniform(Shape.of(HIDDEN, CLASSES), random));
        values.add(new float[CLASSES]);
        return values;
    }

    private static Operand<TFloat32> logits(
            Ops tf, Operand<TFloat32> visits, Scaling scaling, List<? extends Operand<TFloat32>> p) {
        Operand<TFloat32> filled = tf.select(
                tf.math.isNan(visits), tf.math.mul(tf.onesLike(visits), tf.constant(scaling.median())), visits);
        float[] logColumns = new float[FEATURES];
        for (VisitColumn column : VisitColumn.values()) {
            logColumns[column.ordinal()] = column.logScale() ? 1f : 0f;
        }
        Operand<TFloat32> logs = tf.math.log(tf.math.maximum(filled, tf.constant(LOG_FLOOR)));
        Operand<TFloat32> transformed =
                tf.math.add(filled, tf.math.mul(tf.constant(logColumns), tf.math.sub(logs, filled)));
        Operand<TFloat32> x =
                tf.math.div(tf.math.sub(transformed, tf.constant(scaling.mean())), tf.constant(scaling.std()));
        // A real visit has a day of 0 or more; padding rows have -1.
        Operand<TFloat32> day = tf.slice(visits, tf.constant(new int[] {0, 0, 0}), tf.constant(new int[] {-1, -1, 1}));
        Operand<TFloat32> real = tf.dtypes.cast(tf.math.greaterEqual(day, tf.constant(0f)), TFloat32.class);
        Unstack<TFloat32> steps = tf.unstack(x, (long) STEPS, Unstack.axis(1L));
        Unstack<TFloat32> masks = tf.unstack(real, (long) STEPS, Unstack.axis(1L));
        Operand<TFloat32> h = RecurrentLayers.lstm(tf, steps.output(), masks.output(), p.subList(0, LSTM_PARAMETERS));
        return tf.nn.biasAdd(tf.linalg.matMul(h, p.get(LSTM_PARAMETERS)), p.get(LSTM_PARAMETERS + 1));
    }

    private static Placeholder<TFloat32> input(Ops tf) {
        return tf.withName(INPUT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, STEPS, FEATURES)));
    }

    /** Training: softmax cross-entropy plus a small L2 penalty on the dense kernel, Adam. */
    static final class Training implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> visits;
        private final Placeholder<TInt32> labels;
        private final Operand<TFloat32> loss;
        private final Operand<TFloat32> probabilities;
        private final Op minimize;
        private final List<Variable<TFloat32>> variables;

        Training(List<float[]> initialValues, Scaling scaling, float learningRate, float l2) {
            Ops tf = Ops.create(graph);
            variables = PARAMETERS.variables(tf);
            visits = input(tf);
            labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
            Operand<TFloat32> logits = logits(tf, visits, scaling, variables);
            probabilities = tf.nn.softmax(logits);
            Operand<TFloat32> oneHot = tf.oneHot(labels, tf.constant(CLASSES), tf.constant(1f), tf.constant(0f));
            Operand<TFloat32> crossEntropy = tf.math.mean(
                    tf.nn.softmaxCrossEntropyWithLogits(logits, oneHot).loss(), tf.constant(0));
            // x * x, not Square: TF Java's gradient of Square applied to a variable crashes in native code.
            Variable<TFloat32> kernel = variables.get(LSTM_PARAMETERS);
            Operand<TFloat32> penalty = tf.reduceSum(tf.math.mul(kernel, kernel), tf.constant(new int[] {0, 1}));
            loss = tf.math.add(crossEntropy, tf.math.mul(tf.constant(l2), penalty));
            minimize = new Adam(graph, learningRate).minimize(loss);
            session = new Session(graph);
            PARAMETERS.assign(tf, session, variables, initialValues);
        }

        /** One Adam step on {@code count} examples; returns the batch's loss. */
        float step(float[] batch, int[] batchLabels, int count) {
            try (TFloat32 x = TFloat32.tensorOf(Shape.of(count, STEPS, FEATURES), DataBuffers.of(batch, true, false));
                    TInt32 y = TInt32.tensorOf(Shape.of(count), DataBuffers.of(batchLabels, true, false));
                    Result result = session.runner()
                            .feed(visits, x)
                            .feed(labels, y)
                            .addTarget(minimize)
                            .fetch(loss)
                            .run()) {
                return ((TFloat32) result.get(0)).getFloat();
            }
        }

        /** Class probabilities, {@code count * 2} values. */
        float[] predict(float[] batch, int count) {
            return GraphRuns.run(
                    session, visits, Shape.of(count, STEPS, FEATURES), batch, probabilities, count * CLASSES);
        }

        List<float[]> snapshot() {
            return PARAMETERS.snapshot(session, variables);
        }

        @Override
        public void close() {
            session.close();
            graph.close();
        }
    }

    /** The exported graph: visits in; the two probabilities and the operating point out. */
    static final class Serving implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> visits;
        private final Operand<TFloat32> probabilities;
        private final Operand<TFloat32> threshold;

        /** @param operatingPoint P(death) at or above which the patient is flagged */
        Serving(List<float[]> values, Scaling scaling, float operatingPoint) {
            Ops tf = Ops.create(graph);
            List<Variable<TFloat32>> variables = PARAMETERS.variables(tf);
            visits = input(tf);
            probabilities = tf.withName(OUTPUT).nn.softmax(logits(tf, visits, scaling, variables));
            Operand<TFloat32> death =
                    tf.slice(probabilities, tf.constant(new int[] {0, 0}), tf.constant(new int[] {-1, 1}));
            threshold = tf.withName(OUTPUT_THRESHOLD)
                    .math
                    .add(tf.math.mul(death, tf.constant(0f)), tf.constant(operatingPoint));
            session = new Session(graph);
            PARAMETERS.assign(tf, session, variables, values);
        }

        /** Class probabilities, {@code count * 2} values. */
        float[] predict(float[] batch, int count) {
            return GraphRuns.run(
                    session, visits, Shape.of(count, STEPS, FEATURES), batch, probabilities, count * CLASSES);
        }

        void export(Path directory) throws IOException {
            Signature signature = Signature.builder()
                    .key("serving_default")
                    .methodName("tensorflow/serving/predict")
                    .input(INPUT, visits)
                    .output(OUTPUT, probabilities)
                    .output(OUTPUT_THRESHOLD, threshold)
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
