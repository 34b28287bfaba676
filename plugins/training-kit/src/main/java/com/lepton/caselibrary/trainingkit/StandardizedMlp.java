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
 * A one-hidden-layer perceptron for table rows, as TF Java graphs:
 * {@code (x - mean) / std -> Dense hidden relu -> Dense classes softmax}. The scaling is part of
 * the graph (constants from the training split), so the exported model reads values as people
 * write them. Training adds an L2 penalty on the kernels.
 *
 * @param inputs  features per row
 * @param hidden  hidden units
 * @param classes output classes
 */
public record StandardizedMlp(int inputs, int hidden, int classes) {

    public static final String INPUT = "input";
    public static final String OUTPUT = "probabilities";

    private ParameterSet parameters() {
        return new ParameterSet(
                List.of("hidden_kernel", "hidden_bias", "output_kernel", "output_bias"),
                List.of(Shape.of(inputs, hidden), Shape.of(hidden), Shape.of(hidden, classes), Shape.of(classes)));
    }

    public long parameterCount() {
        return parameters().valueCount();
    }

    /** Seeded Glorot-uniform kernels, zero biases. */
    public List<float[]> initialParameters(long seed) {
        Random random = new Random(seed);
        List<float[]> values = new ArrayList<>();
        for (Shape shape : parameters().shapes()) {
            values.add(Initializers.glorotUniform(shape, random));
        }
        return values;
    }

    private Operand<TFloat32> logits(
            Ops tf, Operand<TFloat32> rows, float[] mean, float[] std, List<? extends Operand<TFloat32>> p) {
        Operand<TFloat32> x = tf.math.div(tf.math.sub(rows, tf.constant(mean)), tf.constant(std));
        x = tf.nn.relu(tf.nn.biasAdd(tf.linalg.matMul(x, p.get(0)), p.get(1)));
        return tf.nn.biasAdd(tf.linalg.matMul(x, p.get(2)), p.get(3));
    }

    private Placeholder<TFloat32> rowInput(Ops tf) {
        return tf.withName(INPUT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, inputs)));
    }

    /** The training graph: softmax cross-entropy plus {@code l2} times the squared kernels, Adam. */
    public final class Training implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> rows;
        private final Placeholder<TInt32> labels;
        private final Operand<TFloat32> loss;
        private final Operand<TFloat32> probabilities;
        private final Op minimize;
        private final List<Variable<TFloat32>> variables;

        public Training(List<float[]> initialValues, float[] mean, float[] std, float learningRate, float l2) {
            Ops tf = Ops.create(graph);
            variables = parameters().variables(tf);
            rows = rowInput(tf);
            labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
            Operand<TFloat32> logits = logits(tf, rows, mean, std, variables);
            probabilities = tf.withName(OUTPUT).nn.softmax(logits);
            Operand<TFloat32> oneHot = tf.oneHot(labels, tf.constant(classes), tf.constant(1f), tf.constant(0f));
            Operand<TFloat32> crossEntropy = tf.math.mean(
                    tf.nn.softmaxCrossEntropyWithLogits(logits, oneHot).loss(), tf.constant(0));
            // x * x, not Square: TF Java's gradient of Square applied to a variable crashes in native code.
            Operand<TFloat32> penalty = tf.math.add(
                    tf.reduceSum(tf.math.mul(variables.get(0), variables.get(0)), tf.constant(new int[] {0, 1})),
                    tf.reduceSum(tf.math.mul(variables.get(2), variables.get(2)), tf.constant(new int[] {0, 1})));
            loss = tf.math.add(crossEntropy, tf.math.mul(tf.constant(l2), penalty));
            minimize = new Adam(graph, learningRate).minimize(loss);
            session = new Session(graph);
            parameters().assign(tf, session, variables, initialValues);
        }

        /** One Adam step; returns the batch's loss. */
        public float step(float[] batchRows, int[] batchLabels, int count) {
            try (TFloat32 x = TFloat32.tensorOf(Shape.of(count, inputs), DataBuffers.of(batchRows, true, false));
                    TInt32 y = TInt32.tensorOf(Shape.of(count), DataBuffers.of(batchLabels, true, false));
                    Result result = session.runner()
                            .feed(rows, x)
                            .feed(labels, y)
                            .addTarget(minimize)
                            .fetch(loss)
                            .run()) {
                return ((TFloat32) result.get(0)).getFloat();
            }
        }

        /** Class probabilities, {@code count * classes} values. */
        public float[] predict(float[] batchRows, int count) {
            return GraphRuns.run(session, rows, Shape.of(count, inputs), batchRows, probabilities, count * classes);
        }

        public List<float[]> snapshot() {
            return parameters().snapshot(session, variables);
        }

        @Override
        public void close() {
            session.close();
            graph.close();
        }
    }

    /** The exported inference graph. */
    public final class Serving implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> rows;
        private final Operand<TFloat32> probabilities;

        public Serving(List<float[]> values, float[] mean, float[] std) {
            Ops tf = Ops.create(graph);
            List<Variable<TFloat32>> variables = parameters().variables(tf);
            rows = rowInput(tf);
            probabilities = tf.withName(OUTPUT).nn.softmax(logits(tf, rows, mean, std, variables));
            session = new Session(graph);
            parameters().assign(tf, session, variables, values);
        }

        public float[] predict(float[] batchRows, int count) {
            return GraphRuns.run(session, rows, Shape.of(count, inputs), batchRows, probabilities, count * classes);
        }

        public void export(Path directory) throws IOException {
            Signature signature = Signature.builder()
                    .key("serving_default")
                    .methodName("tensorflow/serving/predict")
                    .input(INPUT, rows)
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
