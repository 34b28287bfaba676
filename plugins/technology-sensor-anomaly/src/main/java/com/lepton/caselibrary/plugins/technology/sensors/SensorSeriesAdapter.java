package com.lepton.caselibrary.plugins.technology.sensors;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import java.util.Arrays;

/**
 * Turns a pasted series of temperatures (°C, one reading per 5 seconds, oldest first) into the RNN's
 * window: the last {@value SensorRnn#WINDOW} readings, a shorter series padded in front; and the
 * model's readings and scores back into the flagged series (flagged at a score of 1).
 */
public final class SensorSeriesAdapter implements DataAdapter {

    /** The shortest series worth scoring: five minutes. */
    static final int MIN_READINGS = 60;
    /** The sensors' range (the TelosB's SHT11 reads -40 to 123.8 °C). */
    static final double LOWEST = -40;

    static final double HIGHEST = 124;

    static final LocalizedText QUANTITY = LocalizedText.of("温度（°C）", "temperature (°C)");

    @Override
    public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
        return new NDList(manager.create(window(input), new Shape(SensorRnn.WINDOW)));
    }

    @Override
    public DemoResult toResult(NDList output) {
        return anomalies(output.get(0).toFloatArray(), output.get(1).toFloatArray());
    }

    /** The model's window for a visitor's series. */
    static float[] window(DemoInput input) throws InvalidInputException {
        if (!(input instanceof DemoInput.Series series)) {
            throw new InvalidInputException(LocalizedText.of(
                    "此演示需要一串温度读数（°C，每 5 秒一个）。",
                    "This demo needs a series of temperature readings (°C, one every 5 seconds)."));
        }
        double[] values = series.values();
        if (values.length < MIN_READINGS) {
            throw new InvalidInputException(LocalizedText.of(
                    "只有 %d 个读数；至少需要 %d 个（5 分钟）。".formatted(values.length, MIN_READINGS),
                    "Only %d readings; at least %d (5 minutes) are needed.".formatted(values.length, MIN_READINGS)));
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i]) || values[i] < LOWEST || values[i] > HIGHEST) {
                throw new InvalidInputException(LocalizedText.of(
                        "第 %d 个读数 %s 不是 -40 到 124 °C 之间的温度。".formatted(i + 1, values[i]),
                        "Reading %d, %s, is not a temperature between -40 and 124 °C.".formatted(i + 1, values[i])));
            }
        }
        float[] window = new float[SensorRnn.WINDOW];
        int n = Math.min(values.length, SensorRnn.WINDOW);
        int pad = SensorRnn.WINDOW - n;
        Arrays.fill(window, 0, pad, SensorRnn.PADDING);
        for (int i = 0; i < n; i++) {
            window[pad + i] = (float) values[values.length - n + i];
        }
        return window;
    }

    /** The real (unpadded) readings with their scores. */
    static DemoResult.Anomalies anomalies(float[] readings, float[] scores) {
        if (readings.length != SensorRnn.WINDOW || scores.length != SensorRnn.WINDOW) {
            throw new IllegalArgumentException("expected " + SensorRnn.WINDOW + " readings and scores");
        }
        int first = 0;
        while (first < readings.length && readings[first] < SensorRnn.PADDING_BELOW) {
            first++;
        }
        double[] series = new double[readings.length - first];
        double[] score = new double[series.length];
        for (int i = 0; i < series.length; i++) {
            series[i] = readings[first + i];
            // The first readings of a padded series have no past to be surprised by.
            score[i] = i < SensorRnn.WARM_UP || !Float.isFinite(scores[first + i]) ? 0 : scores[first + i];
        }
        return new DemoResult.Anomalies(series, score, 1.0, QUANTITY);
    }
}
