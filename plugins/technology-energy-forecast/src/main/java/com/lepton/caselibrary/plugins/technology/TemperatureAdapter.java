package com.lepton.caselibrary.plugins.technology;

import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.trainingkit.SeriesForecastAdapter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Turns a visitor's daily maximum temperatures into the LSTM's input, and its output into a
 * forecast chart.
 *
 * <p>Input: daily maximum temperatures in °C, oldest first, one per consecutive day, the last one
 * being "today"; at least {@code T} = 14 of them. No dates are needed or read: the model learnt the
 * time of year from the level and trend of the window itself. The adapter keeps the last {@code T}
 * values and standardises them with the training period's mean and standard deviation
 * ({@code preprocessing.properties} beside the model). One example is a float32 tensor of shape
 * {@code (T, 1)}, without the batch dimension.
 *
 * <p>Result: {@link DemoResult.Forecast} where {@code history} is the last {@code T} maxima in °C
 * (returned by the model's {@code history} output) and {@code forecast} holds one value, tomorrow's
 * maximum temperature in °C.
 *
 * <p>Stateless and thread-safe, as the host requires.
 */
public final class TemperatureAdapter extends SeriesForecastAdapter {

    /** Temperatures outside this range (°C) are refused as typing errors or wrong units. */
    static final double MIN_CELSIUS = -60;

    static final double MAX_CELSIUS = 60;

    private final Supplier<Preprocessing> preprocessing;

    /** Uses the statistics shipped beside the model, read on first use. */
    public TemperatureAdapter() {
        this(ShippedPreprocessing::get);
    }

    /** Uses the given statistics (for tests and the trainer). */
    public TemperatureAdapter(Preprocessing preprocessing) {
        this(() -> preprocessing);
    }

    private TemperatureAdapter(Supplier<Preprocessing> preprocessing) {
        super(
                LocalizedText.of(
                        "此演示需要一列逐日最高气温（°C，每行一个数字，按时间从旧到新，最后一行为今天）。",
                        "This demo needs a series of daily maximum temperatures (°C, one number per line, oldest first, the last one today)."),
                LocalizedText.of("次日最高气温（°C）", "next day's maximum temperature (°C)"));
        this.preprocessing = preprocessing;
    }

    /** The scaling the adapter applies. */
    public Preprocessing preprocessing() {
        return preprocessing.get();
    }

    @Override
    protected float[] window(double[] celsius) throws InvalidInputException {
        return standardisedWindow(celsius, preprocessing.get());
    }

    /** The model's history output is the window itself, in °C. */
    @Override
    protected int historyLength() {
        return preprocessing.get().window();
    }

    /**
     * The last {@code window} maximum temperatures, standardised: what one example of the model reads.
     *
     * @throws InvalidInputException when there are too few values or a value is outside [-60, 60] °C
     */
    public static float[] standardisedWindow(double[] celsius, Preprocessing preprocessing)
            throws InvalidInputException {
        int window = preprocessing.window();
        if (celsius.length < window) {
            throw new InvalidInputException(LocalizedText.of(
                    "至少需要最近 " + window + " 天的逐日最高气温，当前只有 " + celsius.length + " 个值。",
                    "At least " + window + " daily maximum temperatures are needed (the last " + window + " days); got "
                            + celsius.length + "."));
        }
        for (int i = 0; i < celsius.length; i++) {
            double value = celsius[i];
            if (!Double.isFinite(value) || value < MIN_CELSIUS || value > MAX_CELSIUS) {
                String shown = String.format(Locale.ROOT, "%s", value);
                throw new InvalidInputException(LocalizedText.of(
                        "气温须在 -60 到 60 °C 之间（是否误用了华氏度？）：第 " + (i + 1) + " 个值是 " + shown + "。",
                        "Temperatures must lie between -60 and 60 °C (Fahrenheit by mistake?): value " + (i + 1)
                                + " is " + shown + "."));
            }
        }
        float[] standardised = new float[window];
        int first = celsius.length - window;
        for (int k = 0; k < window; k++) {
            standardised[k] = preprocessing.standardise(celsius[first + k]);
        }
        return standardised;
    }

    /** Reads the shipped statistics once, when the first demo runs rather than when the plugin loads. */
    private static final class ShippedPreprocessing {
        private static final Preprocessing VALUE = Preprocessing.shipped();

        static Preprocessing get() {
            return VALUE;
        }
    }
}
