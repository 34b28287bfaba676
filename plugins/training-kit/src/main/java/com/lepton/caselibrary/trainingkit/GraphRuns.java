package com.lepton.caselibrary.trainingkit;

import java.nio.file.Path;
import java.util.Arrays;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Runs of a session: one input to one output copied into a Java array, and the networks' training steps. */
public final class GraphRuns {

    private GraphRuns() {}

    /** Feeds {@code values} of {@code shape} to {@code input}, runs {@code output} and returns its {@code outputSize} values. */
    public static float[] run(
            Session session,
            Placeholder<TFloat32> input,
            Shape shape,
            float[] values,
            Operand<TFloat32> output,
            int outputSize) {
        try (TFloat32 batch = TFloat32.tensorOf(shape, DataBuffers.of(values, true, false))) {
            return fetch(session.runner().feed(input, batch).fetch(output), outputSize);
        }
    }

    /** Like {@link #run(Session, Placeholder, Shape, float[], Operand, int)} for integer input (token ids). */
    public static float[] run(
            Session session,
            Placeholder<TInt32> input,
            Shape shape,
            int[] values,
            Operand<TFloat32> output,
            int outputSize) {
        try (TInt32 batch = TInt32.tensorOf(shape, DataBuffers.of(values, true, false))) {
            return fetch(session.runner().feed(input, batch).fetch(output), outputSize);
        }
    }

    /**
     * Feeds {@code count} input windows of {@code shape} and their targets (one value each) and returns
     * the scalar {@code loss}; with {@code minimize} (null for none) it also takes that optimiser step, and
     * the loss is the one before the step. The series networks' training step and loss, written once.
     */
    public static float regressionLoss(
            Session session,
            Placeholder<TFloat32> input,
            Shape shape,
            float[] values,
            Placeholder<TFloat32> targets,
            float[] targetValues,
            Op minimize,
            Operand<TFloat32> loss) {
        long count = shape.size(0);
        try (TFloat32 x = TFloat32.tensorOf(shape, DataBuffers.of(values, true, false));
                TFloat32 y = TFloat32.tensorOf(Shape.of(count, 1), DataBuffers.of(targetValues, true, false))) {
            Session.Runner runner = session.runner().feed(input, x).feed(targets, y);
            if (minimize != null) {
                runner.addTarget(minimize);
            }
            try (Result result = runner.fetch(loss).run()) {
                return ((TFloat32) result.get(0)).getFloat();
            }
        }
    }

    /**
     * The training step of a text classifier with dropout, the text networks' {@code step} written
     * once: each call feeds the first {@code count} rows of {@code tokensPerRow} token ids, their class
     * indices and a {@code maskWidth}-wide dropout keep-mask per row, runs {@code minimize} and returns
     * the scalar {@code loss} fetched in the same run.
     */
    public record TextClassifierStep(
            Session session,
            Placeholder<TInt32> tokens,
            int tokensPerRow,
            Placeholder<TInt32> labels,
            Placeholder<TFloat32> keepMask,
            int maskWidth,
            Op minimize,
            Operand<TFloat32> loss) {

        /** One step on {@code count} rows; returns the batch's loss. */
        public float run(int[] tokenValues, int[] labelValues, float[] keepMaskValues, int count) {
            try (TInt32 x = TInt32.tensorOf(
                            Shape.of(count, tokensPerRow),
                            DataBuffers.of(Arrays.copyOf(tokenValues, count * tokensPerRow), true, false));
                    TInt32 y = TInt32.tensorOf(
                            Shape.of(count), DataBuffers.of(Arrays.copyOf(labelValues, count), true, false));
                    TFloat32 mask = TFloat32.tensorOf(
                            Shape.of(count, maskWidth),
                            DataBuffers.of(Arrays.copyOf(keepMaskValues, count * maskWidth), true, false));
                    Result result = session.runner()
                            .feed(tokens, x)
                            .feed(labels, y)
                            .feed(keepMask, mask)
                            .addTarget(minimize)
                            .fetch(loss)
                            .run()) {
                return ((TFloat32) result.get(0)).getFloat();
            }
        }
    }

    /**
     * Loads the SavedModel in {@code directory} (tag {@code serve}), feeds {@code values} of {@code shape}
     * to the op named {@code input}, and returns the {@code outputSize} values of the op named
     * {@code output}: how the dev runners re-run a shipped model.
     */
    public static float[] runSavedModel(
            Path directory, String input, Shape shape, float[] values, String output, int outputSize) {
        try (SavedModelBundle bundle = SavedModelBundle.load(directory.toString(), "serve");
                TFloat32 batch = TFloat32.tensorOf(shape, DataBuffers.of(values, true, false))) {
            return fetch(bundle.session().runner().feed(input, batch).fetch(output), outputSize);
        }
    }

    private static float[] fetch(Session.Runner runner, int outputSize) {
        float[] values = new float[outputSize];
        try (Result result = runner.run()) {
            ((TFloat32) result.get(0)).copyTo(DataBuffers.of(values, false, false));
        }
        return values;
    }
}
