package com.lepton.caselibrary.trainingkit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;

/**
 * The adapter of a series forecaster: the model reads one window of a visitor's series as a
 * float32 tensor of shape {@code (T, 1)} and answers two outputs, the next value (one number) and
 * the window it read back in the series' own unit ({@code history}). Subclasses say how the series
 * becomes the window and, if needed, how the two outputs become the chart.
 *
 * <p>Stateless and thread-safe, as the host requires, as long as the subclass is.
 */
public abstract class SeriesForecastAdapter implements DataAdapter {

    private final LocalizedText expected;
    private final LocalizedText quantity;

    /**
     * @param expected what the demo needs, said when the input is not a series
     * @param quantity what the forecast measures, for the chart's headline
     */
    protected SeriesForecastAdapter(LocalizedText expected, LocalizedText quantity) {
        this.expected = expected;
        this.quantity = quantity;
    }

    /**
     * The model's window for a visitor's values, oldest first.
     *
     * @throws InvalidInputException when the values do not suit the model (too few, out of range)
     */
    protected abstract float[] window(double[] values) throws InvalidInputException;

    /** How many values the model's {@code history} output holds. */
    protected abstract int historyLength();

    /** The chart for the model's two outputs: the history as it is and one forecast value. */
    public DemoResult.Forecast forecast(float[] history, float next) {
        return new DemoResult.Forecast(toDoubles(history), new double[] {next}, quantity);
    }

    /** What the forecast measures. */
    protected final LocalizedText quantity() {
        return quantity;
    }

    @Override
    public final NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
        float[] window = window(series(input, expected).values());
        // One example without the batch dimension: the host stacks examples into a batch.
        return new NDList(manager.create(window, new Shape(window.length, 1)));
    }

    @Override
    public final DemoResult toResult(NDList output) {
        int historyLength = historyLength();
        float[] next = null;
        float[] history = null;
        // Told apart by size, so the order in which the engine lists the two outputs does not matter.
        for (NDArray array : output) {
            float[] values = array.toFloatArray();
            if (values.length == 1) {
                next = values;
            } else if (values.length == historyLength) {
                history = values;
            }
        }
        if (next == null || history == null) {
            throw new IllegalStateException("expected a forecast (1 value) and a history (" + historyLength
                    + " values), got " + output.getShapes());
        }
        return forecast(history, next[0]);
    }

    /**
     * The series a demo input holds.
     *
     * @param expected what the demo needs, said when the input is something else
     */
    public static DemoInput.Series series(DemoInput input, LocalizedText expected) throws InvalidInputException {
        if (input instanceof DemoInput.Series series) {
            return series;
        }
        throw new InvalidInputException(expected);
    }

    /** The values as doubles. */
    public static double[] toDoubles(float[] values) {
        return Rows.doubles(values);
    }
}
