package com.lepton.caselibrary.plugins.finance.reviews;

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
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.framework.optimizers.Adam;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Unstack;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The review LSTM as a TensorFlow graph from raw ops (TF Java):
 * <pre>
 * 120 word ids -> Embedding 6000 x 32 -> LSTM 32 units over the words (padding leaves the state as it is)
 *   -> state after the last word -> Dropout 0.5 (training only) -> Dense 2 -> softmax (great, other)
 * </pre>
 * Unlike a bag of words, the LSTM reads the words in order, so "not good" and "good, not bad" differ.
 * Two graphs: {@link Training} (loss, dropout, Adam) and {@link Serving} (exported).
 *
 * <p>Call {@code ai.djl.engine.Engine.getEngine("TensorFlow")} before using this class.
 */
final class ReviewLstm {

    static final String SIGNATURE_KEY = "serving_default";
    /** Input: int32 word ids {@code [batch, 120]}. */
    static final String INPUT = "tokens";
    /** Output: {@code [batch, 2]} probabilities. */
    static final String OUTPUT = "probabilities";

    /** Words read per review: the first 120 (four in five reviews are shorter). */
    static final int MAX_TOKENS = 120;

    static final int VOCABULARY_SIZE = 6_000;
    static final int EMBEDDING = 32;
    static final int HIDDEN = 32;
    static final float DROPOUT = 0.5f;

    static final List<String> PARAMETER_NAMES;

    static {
        List<String> names = new ArrayList<>();
        names.add("embedding");
        names.addAll(RecurrentLayers.lstmNames("lstm"));
        names.add("dense_kernel");
        names.add("dense_bias");
        PARAMETER_NAMES = List.copyOf(names);
    }

    private ReviewLstm() {}

    static List<Shape> parameterShapes(int vocabularySize) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(Shape.of(vocabularySize, EMBEDDING));
        shapes.addAll(RecurrentLayers.lstmShapes(EMBEDDING, HIDDEN));
        shapes.add(Shape.of(HIDDEN, ReviewClass.COUNT));
        shapes.add(Shape.of(ReviewClass.COUNT));
        return shapes;
    }

    static ParameterSet parameters(int vocabularySize) {
        return new ParameterSet(PARAMETER_NAMES, parameterShapes(vocabularySize));
    }

    static long parameterCount(int vocabularySize) {
        return parameterShapes(vocabularySize).stream().mapToLong(Shape::size).sum();
    }

    /** Seeded start: embedding uniform in +-0.05, Keras's LSTM start, Glorot-uniform dense kernel, zero bias. */
    static List<float[]> initialParameters(int vocabularySize, long seed) {
        Random random = new Random(seed);
        List<float[]> values = new ArrayList<>();
        values.add(Initializers.uniform(vocabularySize * EMBEDDING, 0.05, random));
        values.addAll(RecurrentLayers.lstmInitialValues(EMBEDDING, HIDDEN, random));
        values.add(Initializers.glorotUniform(Shape.of(HIDDEN, ReviewClass.COUNT), random));
        values.add(new float[ReviewClass.COUNT]);
        return values;
    }

    /** The forward pass up to the logits; {@code keepMask} is dropout's scaled mask or {@code null}. */
    private static Operand<TFloat32> logits(
            Ops tf, Operand<TInt32> tokens, List<? extends Operand<TFloat32>> p, Operand<TFloat32> keepMask) {
        Operand<TFloat32> embedded = tf.gather(p.get(0), tokens, tf.constant(0));
        Operand<TFloat32> mask = tf.expandDims(
                tf.dtypes.cast(tf.math.notEqual(tokens, tf.constant(ReviewVocabulary.PAD_ID)), TFloat32.class),
                tf.constant(-1));
        Unstack<TFloat32> steps = tf.unstack(embedded, (long) MAX_TOKENS, Unstack.axis(1L));
        Unstack<TFloat32> masks = tf.unstack(mask, (long) MAX_TOKENS, Unstack.axis(1L));
        int lstmParameters = 12;
        // Padding leaves the state as it is, so this is the state after the review's last word.
        Operand<TFloat32> h =
                RecurrentLayers.lstm(tf, steps.output(), masks.output(), p.subList(1, 1 + lstmParameters));
        if (keepMask != null) {
            h = tf.math.mul(h, keepMask);
        }
        return tf.nn.biasAdd(tf.linalg.matMul(h, p.get(p.size() - 2)), p.get(p.size() - 1));
    }

    private static Placeholder<TInt32> tokenInput(Ops tf) {
        return tf.withName(INPUT).placeholder(TInt32.class, Placeholder.shape(Shape.of(-1, MAX_TOKENS)));
    }

    private static float[] run(
            Session session, Placeholder<TInt32> input, Operand<TFloat32> output, int[] tokens, int count) {
        return GraphRuns.run(
                session,
                input,
                Shape.of(count, MAX_TOKENS),
                Arrays.copyOf(tokens, count * MAX_TOKENS),
                output,
                count * ReviewClass.COUNT);
    }

    /** The training graph: forward pass with dropout, cross-entropy, Adam; and a dropout-free pass for validation. */
    static final class Training implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final ParameterSet parameterSet;
        private final Placeholder<TInt32> tokens;
        private final Placeholder<TInt32> labels;
        private final Placeholder<TFloat32> keepMask;
        private final Operand<TFloat32> loss;
        private final Operand<TFloat32> probabilities;
        private final Op minimize;
        private final GraphRuns.TextClassifierStep textStep;
        private final List<Variable<TFloat32>> parameters;

        Training(int vocabularySize, List<float[]> initialValues, float learningRate) {
            parameterSet = parameters(vocabularySize);
            Ops tf = Ops.create(graph);
            parameters = parameterSet.variables(tf);
            tokens = tokenInput(tf);
            labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
            keepMask = tf.withName("keep_mask").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, HIDDEN)));
            Operand<TFloat32> trainingLogits = logits(tf, tokens, parameters, keepMask);
            probabilities = tf.withName(OUTPUT).nn.softmax(logits(tf, tokens, parameters, null));
            // SparseSoftmaxCrossEntropyWithLogits has no gradient in TF Java: use one-hot labels.
            Operand<TFloat32> oneHot =
                    tf.oneHot(labels, tf.constant(ReviewClass.COUNT), tf.constant(1f), tf.constant(0f));
            loss = tf.withName("loss")
                    .math
                    .mean(
                            tf.nn.softmaxCrossEntropyWithLogits(trainingLogits, oneHot)
                                    .loss(),
                            tf.constant(0));
            minimize = new Adam(graph, learningRate).minimize(loss);
            session = new Session(graph);
            parameterSet.assign(tf, session, parameters, initialValues);
            textStep = new GraphRuns.TextClassifierStep(
                    session, tokens, MAX_TOKENS, labels, keepMask, HIDDEN, minimize, loss);
        }

        /** One Adam step on {@code count} reviews; returns the batch's mean loss. */
        float step(int[] batchTokens, int[] batchLabels, float[] batchKeepMask, int count) {
            return textStep.run(batchTokens, batchLabels, batchKeepMask, count);
        }

        float[] predict(int[] batchTokens, int count) {
            return run(session, tokens, probabilities, batchTokens, count);
        }

        List<float[]> snapshot() {
            return parameterSet.snapshot(session, parameters);
        }

        @Override
        public void close() {
            session.close();
            graph.close();
        }
    }

    /** The inference-only graph with trained values; this is what is exported. */
    static final class Serving implements AutoCloseable {

        private final Graph graph = new Graph();
        private final Session session;
        private final Placeholder<TInt32> tokens;
        private final Operand<TFloat32> probabilities;

        Serving(int vocabularySize, List<float[]> parameterValues) {
            ParameterSet parameterSet = parameters(vocabularySize);
            Ops tf = Ops.create(graph);
            List<Variable<TFloat32>> parameters = parameterSet.variables(tf);
            tokens = tokenInput(tf);
            probabilities = tf.withName(OUTPUT).nn.softmax(logits(tf, tokens, parameters, null));
            session = new Session(graph);
            parameterSet.assign(tf, session, parameters, parameterValues);
        }

        float[] predict(int[] batchTokens, int count) {
            return run(session, tokens, probabilities, batchTokens, count);
        }

        void export(Path directory) throws IOException {
            Signature signature = Signature.builder()
                    .key(SIGNATURE_KEY)
                    .input(INPUT, tokens)
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
