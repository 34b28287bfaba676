package com.lepton.caselibrary.plugins.healthcare;

import java.util.Arrays;
import java.util.List;

/**
 * Hand-made features of a z-normalised beat window, what a rule-based beat classifier would
 * measure, for the baselines. Positions are relative to the R peak at sample 125 (4 ms per
 * sample); levels are relative to the window's median, a stand-in for the isoelectric line.
 */
public final class BeatFeatures {

    /** Feature names, in the order {@link #of} returns them. */
    public static final List<String> NAMES = List.of(
            "rHeight",
            "qrsWidthMs",
            "prLevel",
            "pWave",
            "stLevel",
            "tLevel",
            "previousPeakMs",
            "previousPeakHeight",
            "nextPeakMs",
            "nextPeakHeight",
            "roughness",
            "fWavePower");

    private static final int C = BeatGenerator.CENTRE;
    private static final double MS_PER_SAMPLE = 1000 / BeatGenerator.SAMPLE_RATE;

    private BeatFeatures() {}

    /** The {@link #NAMES} features of one window of 250 z-normalised values. */
    public static double[] of(float[] x) {
        if (x.length != BeatGenerator.WINDOW) {
            throw new IllegalArgumentException("expected " + BeatGenerator.WINDOW + " values, got " + x.length);
        }
        float[] sorted = x.clone();
        Arrays.sort(sorted);
        double median = (sorted[x.length / 2 - 1] + sorted[x.length / 2]) / 2.0;
        double r = x[C] - median;

        // QRS width: the run of samples around the peak above half its height.
        int left = C;
        while (left > 0 && x[left - 1] - median > r / 2) {
            left--;
        }
        int right = C;
        while (right < x.length - 1 && x[right + 1] - median > r / 2) {
            right++;
        }
        double qrsWidth = (right - left + 1) * MS_PER_SAMPLE;

        double prLevel = mean(x, C - 22, C - 13) - median; // 88..52 ms before R
        double pWave = max(x, C - 60, C - 20) - median; // 240..80 ms before R
        double stLevel = mean(x, C + 15, C + 25) - median; // 60..100 ms after R
        double tLevel = mean(x, C + 35, C + 75) - median; // 140..300 ms after R

        int previous = argMax(x, 0, C - 40);
        int next = argMax(x, C + 40, x.length - 1);
        double roughness = 0;
        int count = 0;
        for (int i = 1; i < x.length - 1; i++) {
            if (Math.abs(i - C) > 15) {
                roughness += Math.abs(x[i + 1] - 2 * x[i] + x[i - 1]);
                count++;
            }
        }
        return new double[] {
            r,
            qrsWidth,
            prLevel,
            pWave,
            stLevel,
            tLevel,
            (C - previous) * MS_PER_SAMPLE,
            (x[previous] - median) / r,
            (next - C) * MS_PER_SAMPLE,
            (x[next] - median) / r,
            roughness / count,
            bandPower(x, 0, 100, 4, 9)
        };
    }

    /**
     * Mean power between {@code lowHz} and {@code highHz} of samples {@code from} (inclusive) to
     * {@code to} (exclusive), from a Hann-windowed discrete Fourier transform: here the 400 ms
     * before the R peak, where AF's f-waves (4–9 Hz) ripple in place of a P wave.
     */
    static double bandPower(float[] x, int from, int to, double lowHz, double highHz) {
        int n = to - from;
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += x[i];
        }
        mean /= n;
        double power = 0;
        for (int k = 1; k < n / 2; k++) {
            double hz = k * BeatGenerator.SAMPLE_RATE / n;
            if (hz < lowHz || hz > highHz) {
                continue;
            }
            double re = 0;
            double im = 0;
            for (int i = 0; i < n; i++) {
                double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
                double v = (x[from + i] - mean) * hann;
                re += v * Math.cos(2 * Math.PI * k * i / n);
                im -= v * Math.sin(2 * Math.PI * k * i / n);
            }
            power += re * re + im * im;
        }
        return power / n;
    }

    private static double mean(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i <= to; i++) {
            sum += x[i];
        }
        return sum / (to - from + 1);
    }

    private static double max(float[] x, int from, int to) {
        return x[argMax(x, from, to)];
    }

    private static int argMax(float[] x, int from, int to) {
        int best = from;
        for (int i = from + 1; i <= to; i++) {
            if (x[i] > x[best]) {
                best = i;
            }
        }
        return best;
    }
}
