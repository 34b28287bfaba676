package com.lepton.caselibrary.trainingkit;

import java.nio.file.Path;
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

/** One-input, one-output runs of a session, copying the result into a Java array. */
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
