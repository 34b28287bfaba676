package com.lepton.caselibrary.plugins.healthcare;

import java.util.Random;

/**
 * Heart-rate variability as McSharry et al. (2003) describe it: RR intervals whose power spectrum
 * is the sum of two Gaussians, one around 0.1 Hz (Mayer waves, low frequency) and one at the
 * breathing frequency (respiratory sinus arrhythmia, high frequency), with random phases. Written
 * for this project as a direct sum of cosines over a frequency grid; the result is scaled to the
 * requested standard deviation.
 */
final class RrTachogram {

    /** Centre of the low-frequency peak, Hz. */
    static final double LF_HZ = 0.1;
    /** Width of both peaks, Hz. */
    static final double PEAK_WIDTH_HZ = 0.01;

    private static final double STEP_HZ = 0.005;
    private static final int FREQUENCIES = 100; // 0.005 .. 0.5 Hz

    private final double[] amplitude = new double[FREQUENCIES];
    private final double[] frequency = new double[FREQUENCIES];
    private final double[] phase = new double[FREQUENCIES];
    private final double mean;
    private final double scale;

    /**
     * @param meanRr   mean RR interval, s
     * @param stdRr    standard deviation of the RR intervals, s
     * @param lfHf     ratio of low- to high-frequency power
     * @param hfHz     the high-frequency peak: the breathing frequency
     * @param random   draws the phases
     */
    RrTachogram(double meanRr, double stdRr, double lfHf, double hfHz, Random random) {
        double lfPower = lfHf / (1 + lfHf);
        double hfPower = 1 / (1 + lfHf);
        double variance = 0;
        for (int j = 0; j < FREQUENCIES; j++) {
            double f = (j + 1) * STEP_HZ;
            double density = lfPower * gaussian(f, LF_HZ) + hfPower * gaussian(f, hfHz);
            frequency[j] = f;
            amplitude[j] = Math.sqrt(2 * density * STEP_HZ);
            phase[j] = random.nextDouble() * 2 * Math.PI;
            variance += amplitude[j] * amplitude[j] / 2;
        }
        this.mean = meanRr;
        this.scale = stdRr / Math.sqrt(variance);
    }

    private static double gaussian(double f, double centre) {
        double d = f - centre;
        return Math.exp(-d * d / (2 * PEAK_WIDTH_HZ * PEAK_WIDTH_HZ))
                / Math.sqrt(2 * Math.PI * PEAK_WIDTH_HZ * PEAK_WIDTH_HZ);
    }

    /** The RR interval at time {@code t} seconds. */
    double at(double t) {
        double sum = 0;
        for (int j = 0; j < FREQUENCIES; j++) {
            sum += amplitude[j] * Math.cos(2 * Math.PI * frequency[j] * t + phase[j]);
        }
        return mean + scale * sum;
    }

    /** {@code count} successive RR intervals, each taken at the time the previous ones add up to. */
    double[] intervals(int count) {
        double[] rr = new double[count];
        double t = 0;
        for (int i = 0; i < count; i++) {
            rr[i] = at(t);
            t += rr[i];
        }
        return rr;
    }
}
