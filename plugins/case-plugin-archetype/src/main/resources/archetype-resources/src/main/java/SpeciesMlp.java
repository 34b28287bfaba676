package ${package};

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
 * A small fully connected network (multilayer perceptron) built from raw TensorFlow ops with TF Java:
 * <pre>
 * z = (x - mean) / std              the four measurements, standardised with the training split's statistics
 * h = tanh(z W1 + b1)               16 hidden units
 * p = softmax(h W2 + b2)            the three species' probabilities
 * </pre>
 * The standardisation is part of the graph, so the SavedModel reads measurements as they are
 * written down (mm, g). Two graphs: {@link Training} (cross-entropy loss, Adam) and {@link Serving},
 * the forward pass that is exported.
 *
 * <p>Call {@code ai.djl.engine.Engine.getEngine("TensorFlow")} first: DJL loads the native library.
 */
public final class SpeciesMlp {

    public static final int HIDDEN = 16;
    public static final int CLASSES = Species.values().length;
    static final String INPUT = "measurements";
    static final String OUTPUT = "probabilities";

    static final ParameterSet PARAMETERS = new ParameterSet(
            List.of("dense1_kernel", "dense1_bias", "dense2_kernel", "dense2_bias"),
            List.of(Shape.of(PenguinTable.FEATURES, HIDDEN), Shape.of(HIDDEN), Shape.of(HIDDEN, CLASSES), Shape.of(CLASSES)));

    private SpeciesMlp() {
    }

    public static long parameterCount() {
        return PARAMETERS.valueCount();
    }

    /** Glorot-uniform kernels and zero biases, drawn from {@code seed}. */
    public static List<float[]> initialParameters(long seed) {
        Random random = new Random(seed);
        List<float[]> values = new ArrayList<>();
        for (Shape shape : PARAMETERS.shapes()) {
            values.add(shape.numDimensions() == 2 ? Initializers.glorotUniform(shape, random) : new float[(int) shape.size()]);
        }
        return values;
    }

    private static Placeholder<TFloat32> input(Ops tf) {
        return tf.withName(INPUT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, PenguinTable.FEATURES)));
    }

    private static Operand<TFloat32> logits(Ops tf, Operand<TFloat32> x, List<Variable<TFloat32>> p, float[][] scaling) {
        Operand<TFloat32> z = tf.math.div(tf.math.sub(x, tf.constant(scaling[0])), tf.constant(scaling[1]));
        Operand<TFloat32> h = tf.math.tanh(tf.nn.biasAdd(tf.linalg.matMul(z, p.get(0)), p.get(1)));
        return tf.nn.biasAdd(tf.linalg.matMul(h, p.get(2)), p.get(3));
    }

    /** The training graph. */
    public static final class Training implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> measurements;
        private final Placeholder<TInt32> labels;
        private final Operand<TFloat32> probabilities;
        private final Operand<TFloat32> loss;
        private final Op minimize;
        private final List<Variable<TFloat32>> parameters;

        public Training(List<float[]> initialValues, float[][] scaling, float learningRate) {
            Ops tf = Ops.create(graph);
            parameters = PARAMETERS.variables(tf);
            measurements = input(tf);
            labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
            Operand<TFloat32> logits = logits(tf, measurements, parameters, scaling);
            probabilities = tf.withName(OUTPUT).nn.softmax(logits);
            // The sparse cross-entropy op has no gradient in TF Java: one-hot labels instead.
            Operand<TFloat32> oneHot = tf.oneHot(labels, tf.constant(CLASSES), tf.constant(1f), tf.constant(0f));
            loss = tf.withName("loss").math.mean(tf.nn.softmaxCrossEntropyWithLogits(logits, oneHot).loss(), tf.constant(0));
            minimize = new Adam(graph, learningRate).minimize(loss);
            session = new Session(graph);
            PARAMETERS.assign(tf, session, parameters, initialValues);
        }

        /** One Adam step on a batch; returns the batch's mean loss before the step. */
        public float step(float[] batch, int[] batchLabels, int count) {
            try (TFloat32 x = TFloat32.tensorOf(Shape.of(count, PenguinTable.FEATURES), DataBuffers.of(batch, true, false));
                 TInt32 y = TInt32.tensorOf(Shape.of(count), DataBuffers.of(batchLabels, true, false));
                 Result result = session.runner().feed(measurements, x).feed(labels, y).addTarget(minimize).fetch(loss).run()) {
                return ((TFloat32) result.get(0)).getFloat();
            }
        }

        /** Probabilities for {@code count} penguins, {@code count * CLASSES} values. */
        public float[] predict(float[] batch, int count) {
            return GraphRuns.run(session, measurements, Shape.of(count, PenguinTable.FEATURES), batch, probabilities, count * CLASSES);
        }

        public List<float[]> snapshot() {
            return PARAMETERS.snapshot(session, parameters);
        }

        @Override
        public void close() {
            session.close();
            graph.close();
        }
    }

    /** The inference graph with trained values; this is what is exported. */
    public static final class Serving implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TFloat32> measurements;
        private final Operand<TFloat32> probabilities;

        public Serving(List<float[]> parameterValues, float[][] scaling) {
            Ops tf = Ops.create(graph);
            List<Variable<TFloat32>> parameters = PARAMETERS.variables(tf);
            measurements = input(tf);
            probabilities = tf.withName(OUTPUT).nn.softmax(logits(tf, measurements, parameters, scaling));
            session = new Session(graph);
            PARAMETERS.assign(tf, session, parameters, parameterValues);
        }

        public float[] predict(float[] batch, int count) {
            return GraphRuns.run(session, measurements, Shape.of(count, PenguinTable.FEATURES), batch, probabilities, count * CLASSES);
        }

        /** Writes the SavedModel (tag {@code serve}, signature {@code serving_default}). */
        public void export(Path directory) throws IOException {
            SavedModelExport.export(session, Signature.builder().key("serving_default")
                    .input(INPUT, measurements).output(OUTPUT, probabilities).build(), directory);
        }

        @Override
        public void close() {
            session.close();
            graph.close();
        }
    }
}
