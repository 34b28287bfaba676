package com.lepton.caselibrary.plugins.healthcare;

import com.lepton.caselibrary.plugins.healthcare.EcgSyn.Beat;
import com.lepton.caselibrary.plugins.healthcare.EcgSyn.Strip;
import com.lepton.caselibrary.plugins.healthcare.EcgSyn.Wave;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes one labelled, synthetic single-beat window: six beats are simulated with {@link EcgSyn},
 * the third (the "target") carries the class, and 1.0 s (250 samples at 250 Hz) centred on its R
 * peak is cut out, in mV. Everything random comes from the {@link Random} passed in, so a seed
 * gives the same beats on any machine.
 *
 * <p>Every beat, whatever its class, draws its recording conditions from the same ranges, so that
 * none of them gives the class away:
 * <ul>
 *   <li>sinus heart rate 50–115 bpm; heart-rate variability from {@link RrTachogram} with an RR
 *       standard deviation of 1–5% and an LF/HF ratio of 0.5–2;</li>
 *   <li>overall gain 0.6–1.6 (R waves of about 0.5–2 mV);</li>
 *   <li>respiratory baseline wander {@code z0} of 0–0.5 mV at 0.15–0.4 Hz (also the HF peak of the
 *       heart-rate variability), inside the model as in the paper;</li>
 *   <li>added after the model: electrode drift up to ±0.2 mV/s, 50 Hz mains hum of 0–0.03 mV and
 *       white measurement noise with a standard deviation of 0.005–0.06 mV.</li>
 * </ul>
 * Wave parameters at 60 bpm, before the random variation of each beat (angle in degrees, width
 * {@code b} in radians, height in mV before the gain):
 * <pre>
 *           P            Q             R           S            T           ST
 * angle    -60 ±10%     -15 ±10%       0          15 ±10%      90 ±10%     45 ±15%
 * b        0.25 ±15%    0.10 ±15%     0.10 ±15%   0.10 ±15%    0.40 ±15%   0.30 ±15%
 * height   0.06–0.21    -0.04–-0.19   0.8–1.2     -0.08–-0.4   0.18–0.42   0–0.05
 * </pre>
 * With heart rate the waves keep their timing the way a heart does: Q, R and S keep their
 * duration in seconds (angle and width times {@code HR/60}); P, T and the ST wave follow Bazett's
 * square-root law (times {@code sqrt(HR/60)}). The classes change the target beat (and, where
 * said, its neighbours) as follows:
 * <ul>
 *   <li>{@link BeatClass#NORMAL}: as above, all six beats alike (each height varies ±5% per beat).</li>
 *   <li>{@link BeatClass#PVC}: the target comes after 0.55–0.9 of the sinus RR and the next beat
 *       after a full compensatory pause; no P wave; Q, R, S 1.5–3.0 times wider, Q at -25°, S at
 *       30°, R 1.1–1.8 mV, S -0.1–-0.5 mV; T inverted (-0.25 to -0.6 mV) at 105–130°, 1.1–1.5 times
 *       wider. Its neighbours are normal.</li>
 *   <li>{@link BeatClass#ST_ELEVATION}: the ST wave is 0.08–0.35 mV high at 35–50° (b 0.25–0.4),
 *       the T wave 1.0–1.6 times taller and the S wave half as deep; all six beats alike.</li>
 *   <li>{@link BeatClass#AF}: no P wave in any beat; every RR interval is 0.65–1.35 times the mean,
 *       independently; fibrillatory f-waves of 0.02–0.1 mV at 4–9 Hz (two close frequencies, so
 *       their amplitude swells and fades) are added to the whole strip.</li>
 * </ul>
 */
public final class BeatGenerator {

    /** Samples per window. */
    public static final int WINDOW = 250;
    /** Samples per second. */
    public static final double SAMPLE_RATE = EcgSyn.OUTPUT_RATE;
    /** Index of the R peak in a window. */
    public static final int CENTRE = WINDOW / 2;

    static final double MIN_HEART_RATE = 50;
    static final double MAX_HEART_RATE = 115;

    /** Beats simulated per window; the target is {@link #TARGET}. */
    private static final int BEATS = 6;

    private static final int TARGET = 2;
    private static final double DEG = Math.PI / 180;
    private static final int P = 0;
    private static final int Q = 1;
    private static final int R = 2;
    private static final int S = 3;
    private static final int T = 4;
    private static final int ST = 5;

    /**
     * One generated beat.
     *
     * @param label     its class
     * @param window    250 samples at 250 Hz, R peak at index 125, mV
     * @param heartRate the sinus heart rate of its strip, bpm
     * @param rrBefore  time from the previous R wave to this one, s
     * @param rrAfter   time from this R wave to the next, s
     * @param noiseMv   standard deviation of the white measurement noise, mV
     */
    public record SyntheticBeat(
            BeatClass label, float[] window, double heartRate, double rrBefore, double rrAfter, double noiseMv) {}

    private BeatGenerator() {}

    /** Six waves (P, Q, R, S, T, ST) at 60 bpm: angles and widths in radians, heights in mV. */
    private record Shape(double[] theta, double[] width, double[] height) {

        static Shape empty() {
            return new Shape(new double[6], new double[6], new double[6]);
        }

        void set(int wave, double angleDegrees, double width, double height) {
            theta[wave] = angleDegrees * DEG;
            this.width[wave] = width;
            this.height[wave] = height;
        }

        /** The waves at heart rate {@code 60 / sinusRr}, heights times {@code gain}. */
        List<Wave> at(double sinusRr, double gain) {
            double rate = 1 / sinusRr;
            double slow = Math.sqrt(rate);
            List<Wave> waves = new ArrayList<>(6);
            for (int i = 0; i < 6; i++) {
                double f = i == Q || i == R || i == S ? rate : slow;
                waves.add(new Wave(theta[i] * f, width[i] * f, height[i] * gain));
            }
            return waves;
        }
    }

    private static double uniform(Random random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** A normal beat's waves at 60 bpm, with their random variation. */
    private static Shape normal(Random random) {
        Shape shape = Shape.empty();
        shape.set(
                P,
                -60 * uniform(random, 0.9, 1.1),
                0.25 * uniform(random, 0.85, 1.15),
                0.15 * uniform(random, 0.4, 1.4));
        shape.set(
                Q,
                -15 * uniform(random, 0.9, 1.1),
                0.10 * uniform(random, 0.85, 1.15),
                -0.12 * uniform(random, 0.3, 1.6));
        shape.set(R, 0, 0.10 * uniform(random, 0.85, 1.15), uniform(random, 0.8, 1.2));
        shape.set(
                S,
                15 * uniform(random, 0.9, 1.1),
                0.10 * uniform(random, 0.85, 1.15),
                -0.25 * uniform(random, 0.3, 1.6));
        shape.set(
                T,
                90 * uniform(random, 0.9, 1.1),
                0.40 * uniform(random, 0.85, 1.15),
                0.30 * uniform(random, 0.6, 1.4));
        shape.set(ST, 45 * uniform(random, 0.85, 1.15), 0.30 * uniform(random, 0.85, 1.15), uniform(random, 0, 0.05));
        return shape;
    }

    /** A PVC-like premature wide beat's waves at 60 bpm. */
    private static Shape pvc(Random random) {
        double wide = uniform(random, 1.5, 3.0);
        Shape shape = Shape.empty();
        shape.set(
                Q,
                -25 * uniform(random, 0.9, 1.1),
                0.10 * wide * uniform(random, 0.9, 1.1),
                -0.10 * uniform(random, 0, 1.5));
        shape.set(R, 0, 0.10 * wide, uniform(random, 1.1, 1.8));
        shape.set(
                S,
                30 * uniform(random, 0.9, 1.1),
                0.10 * wide * uniform(random, 0.9, 1.1),
                -0.35 * uniform(random, 0.3, 1.5));
        shape.set(T, uniform(random, 105, 130), 0.40 * uniform(random, 1.1, 1.5), -uniform(random, 0.25, 0.6));
        return shape;
    }

    /** Generates one beat of the given class. */
    public static SyntheticBeat generate(BeatClass label, Random random) {
        // Recording conditions, drawn alike for every class.
        double heartRate = uniform(random, MIN_HEART_RATE, MAX_HEART_RATE);
        double sinusRr = 60 / heartRate;
        double gain = uniform(random, 0.6, 1.6);
        double breathingHz = uniform(random, 0.15, 0.4);
        double wanderMv = uniform(random, 0, 0.5);
        double wanderPhase = uniform(random, 0, 2 * Math.PI);
        double hrvStd = uniform(random, 0.01, 0.05) * sinusRr;
        double lfHf = uniform(random, 0.5, 2.0);
        double driftMvPerS = uniform(random, -0.2, 0.2);
        double mainsMv = uniform(random, 0, 0.03);
        double mainsPhase = uniform(random, 0, 2 * Math.PI);
        double noiseMv = uniform(random, 0.005, 0.06);

        double[] intervals = new RrTachogram(sinusRr, hrvStd, lfHf, breathingHz, random).intervals(BEATS);
        Shape shape = normal(random);
        Shape target = shape;
        switch (label) {
            case NORMAL -> {}
            case PVC -> {
                target = pvc(random);
                double coupling = uniform(random, 0.55, 0.9);
                double pause = (2 - coupling) * intervals[TARGET] * uniform(random, 0.97, 1.03);
                intervals[TARGET] *= coupling;
                intervals[TARGET + 1] = pause;
            }
            case ST_ELEVATION -> {
                shape.set(ST, 35 + 15 * random.nextDouble(), uniform(random, 0.25, 0.4), uniform(random, 0.08, 0.35));
                shape.height()[T] *= uniform(random, 1.0, 1.6);
                shape.height()[S] *= 0.5;
            }
            case AF -> {
                shape.height()[P] = 0;
                for (int k = 0; k < BEATS; k++) {
                    intervals[k] = sinusRr * uniform(random, 0.65, 1.35);
                }
            }
        }
        List<Beat> beats = new ArrayList<>(BEATS);
        for (int k = 0; k < BEATS; k++) {
            Shape own = k == TARGET ? target : shape;
            // Beat-to-beat variation of the heights.
            double jitter = uniform(random, 0.95, 1.05);
            beats.add(new Beat(own.at(sinusRr, gain * jitter), sinusRr, intervals[k]));
        }

        Strip strip = EcgSyn.simulate(beats, wanderMv, breathingHz, wanderPhase, TARGET, 0.6);
        double[] z = strip.z();
        double rTime = strip.rTimes()[TARGET];
        // The R peak: the largest value within 40 ms of the phase crossing 0, before any noise is added,
        // as a QRS detector on a filtered signal would find it.
        int crossing = (int) Math.round(rTime * SAMPLE_RATE);
        int peak = crossing;
        for (int i = crossing - 10; i <= crossing + 10; i++) {
            if (z[i] > z[peak]) {
                peak = i;
            }
        }
        int start = peak - CENTRE;

        double[] fWaves = label == BeatClass.AF ? fibrillation(random) : null;
        float[] window = new float[WINDOW];
        for (int i = 0; i < WINDOW; i++) {
            double t = (start + i) / SAMPLE_RATE;
            double value = z[start + i]
                    + driftMvPerS * (t - rTime)
                    + mainsMv * Math.sin(2 * Math.PI * 50 * t + mainsPhase)
                    + noiseMv * random.nextGaussian();
            if (fWaves != null) {
                value += fWaves[0] * Math.sin(2 * Math.PI * fWaves[1] * t + fWaves[2])
                        + fWaves[3] * Math.sin(2 * Math.PI * fWaves[4] * t + fWaves[5]);
            }
            window[i] = (float) value;
        }
        return new SyntheticBeat(
                label,
                window,
                heartRate,
                rTime - strip.rTimes()[TARGET - 1],
                strip.rTimes()[TARGET + 1] - rTime,
                noiseMv);
    }

    /** Two f-wave components: amplitude (mV), frequency (Hz) and phase of each. */
    private static double[] fibrillation(Random random) {
        double amplitude = uniform(random, 0.02, 0.1);
        double frequency = uniform(random, 4, 9);
        return new double[] {
            amplitude,
            frequency,
            uniform(random, 0, 2 * Math.PI),
            amplitude * uniform(random, 0.3, 0.8),
            frequency * uniform(random, 0.85, 1.15),
            uniform(random, 0, 2 * Math.PI)
        };
    }
}
