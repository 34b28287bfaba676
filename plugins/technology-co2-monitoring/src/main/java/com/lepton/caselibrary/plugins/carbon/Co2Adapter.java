package com.lepton.caselibrary.plugins.carbon;

import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.trainingkit.SeriesForecastAdapter;
import java.util.Locale;

/**
 * Turns a visitor's monthly CO₂ readings into the RNN's input, and its output into a forecast chart.
 *
 * <p>Input: monthly mean CO₂ in ppm, oldest first, one per consecutive month, the last one being
 * this month; at least {@code T} = 24 of them. The adapter keeps the last {@code T} as they are:
 * the SavedModel differences and scales them itself. One example is a float32 tensor of shape
 * {@code (T, 1)}, without the batch dimension.
 *
 * <p>Result: {@link DemoResult.Forecast} with the window (returned by the model's {@code history}
 * output) and one forecast value, next month's reading in ppm.
 *
 * <p>Stateless and thread-safe, as the host requires.
 */
public final class Co2Adapter extends SeriesForecastAdapter {

    /** Readings outside this range are typing errors or another unit (percent, ppb). */
    static final double MIN_PPM = Co2Csv.MIN_PPM;

    static final double MAX_PPM = Co2Csv.MAX_PPM;

    public Co2Adapter() {
        super(
                LocalizedText.of(
                        "此演示需要一列逐月 CO₂ 浓度读数（ppm，每行一个数字，按时间从旧到新，最后一行为本月）。",
                        "This demo needs a series of monthly CO₂ readings (ppm, one number per line, oldest first, the last one this month)."),
                LocalizedText.of("下月大气 CO₂ 浓度（ppm）", "next month's atmospheric CO₂ (ppm)"));
    }

    @Override
    protected float[] window(double[] ppm) throws InvalidInputException {
        return window(ppm, ElmanRnn.SHIPPED.window());
    }

    /** The model's history output is the window itself, in ppm. */
    @Override
    protected int historyLength() {
        return ElmanRnn.SHIPPED.window();
    }

    /**
     * The last {@code window} readings as float32: what one example of the model reads.
     *
     * @throws InvalidInputException when there are too few readings or one is not a CO₂ reading in ppm
     */
    static float[] window(double[] ppm, int window) throws InvalidInputException {
        if (ppm.length < window) {
            throw new InvalidInputException(LocalizedText.of(
                    "至少需要最近 " + window + " 个月的读数（两年），当前只有 " + ppm.length + " 个值。",
                    "At least " + window + " monthly readings are needed (two years); got " + ppm.length + "."));
        }
        for (int i = 0; i < ppm.length; i++) {
            double value = ppm[i];
            if (!Double.isFinite(value) || value < MIN_PPM || value > MAX_PPM) {
                String shown = String.format(Locale.ROOT, "%s", value);
                throw new InvalidInputException(LocalizedText.of(
                        "CO₂ 读数须在 " + (int) MIN_PPM + " 到 " + (int) MAX_PPM + " ppm 之间：第 " + (i + 1) + " 个值是 " + shown
                                + "。",
                        "CO₂ readings must lie between " + (int) MIN_PPM + " and " + (int) MAX_PPM + " ppm: value "
                                + (i + 1) + " is " + shown + "."));
            }
        }
        float[] last = new float[window];
        int first = ppm.length - window;
        for (int k = 0; k < window; k++) {
            last[k] = (float) ppm[first + k];
        }
        return last;
    }
}
