package com.lepton.caselibrary.plugins.healthcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.plugins.healthcare.EcgSyn.Beat;
import com.lepton.caselibrary.plugins.healthcare.EcgSyn.Strip;
import com.lepton.caselibrary.plugins.healthcare.EcgSyn.Wave;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The dynamical model on its own: the paper's standard waves, timing and wave heights. */
class EcgSynTest {

    private static final double DEG = Math.PI / 180;

    /** The standard waves at 60 bpm with heights in mV. */
    private static List<Wave> standard() {
        return List.of(
                new Wave(-60 * DEG, 0.25, 0.15),
                new Wave(-15 * DEG, 0.1, -0.12),
                new Wave(0, 0.1, 1.0),
                new Wave(15 * DEG, 0.1, -0.25),
                new Wave(90 * DEG, 0.4, 0.3));
    }

    private static List<Beat> beats(double... intervals) {
        List<Beat> beats = new ArrayList<>();
        for (double interval : intervals) {
            beats.add(new Beat(standard(), 1.0, interval));
        }
        return beats;
    }

    @Test
    void beatsFollowThePlannedIntervals() {
        Strip strip = EcgSyn.simulate(beats(1.0, 1.0, 0.8, 1.2, 1.0, 1.0), 0, 0.25, 0, 3, 0.5);

        double[] r = strip.rTimes();
        assertThat(r[1] - r[0]).isCloseTo(1.0, within(0.005));
        assertThat(r[2] - r[1]).isCloseTo(0.8, within(0.005));
        assertThat(r[3] - r[2]).isCloseTo(1.2, within(0.005));
        assertThat(r[4] - r[3]).isCloseTo(1.0, within(0.005));
        assertThat(r[5]).isNaN();
        assertThat(strip.z().length / EcgSyn.OUTPUT_RATE).isGreaterThan(r[3] + 0.5);
    }

    @Test
    void wavesReachAboutTheirHeights() {
        Strip strip = EcgSyn.simulate(beats(1.0, 1.0, 1.0, 1.0, 1.0), 0, 0.25, 0, 2, 0.6);
        double[] z = strip.z();
        int r = (int) Math.round(strip.rTimes()[2] * EcgSyn.OUTPUT_RATE);
        double rPeak = max(z, r - 5, r + 5);
        double baseline = z[r - 30]; // 120 ms before R: between P and Q
        double tPeak = max(z, r + 40, r + 90);
        double pPeak = max(z, r - 60, r - 25);

        // a = h omega / b^2 makes each wave about h high; the relaxation and the neighbours take a little off.
        assertThat(rPeak - baseline).isBetween(0.75, 1.1);
        assertThat(tPeak - baseline).isBetween(0.2, 0.35);
        assertThat(pPeak - z[r - 70]).isBetween(0.08, 0.18);
        // The T wave peaks about 250 ms after R at 60 bpm (90 degrees of a 1 s cycle).
        int tIndex = r + 40;
        for (int i = r + 40; i <= r + 90; i++) {
            if (z[i] > z[tIndex]) {
                tIndex = i;
            }
        }
        assertThat((tIndex - r) / EcgSyn.OUTPUT_RATE).isBetween(0.22, 0.28);
    }

    @Test
    void baselineWanderMovesTheWholeTrace() {
        Strip calm = EcgSyn.simulate(beats(1.0, 1.0, 1.0, 1.0, 1.0), 0, 0.25, 0, 2, 0.6);
        Strip wandering = EcgSyn.simulate(beats(1.0, 1.0, 1.0, 1.0, 1.0), 0.5, 0.25, 0, 2, 0.6);
        double largest = 0;
        for (int i = 0; i < Math.min(calm.z().length, wandering.z().length); i++) {
            largest = Math.max(largest, Math.abs(wandering.z()[i] - calm.z()[i]));
        }
        // z relaxes towards z0 with a 1 s time constant, so a 0.25 Hz wander of 0.5 mV shows at about half.
        assertThat(largest).isBetween(0.15, 0.5);
    }

    @Test
    void tachogramHasTheRequestedMeanAndSpread() {
        RrTachogram tachogram = new RrTachogram(0.8, 0.04, 1.0, 0.25, new Random(3));
        double[] rr = tachogram.intervals(3_000);
        double mean = Arrays.stream(rr).average().orElseThrow();

        assertThat(mean).isCloseTo(0.8, within(0.01));
        assertThat(Signals.std(rr)).isCloseTo(0.04, within(0.008));
        // The same seed gives the same intervals.
        assertThat(new RrTachogram(0.8, 0.04, 1.0, 0.25, new Random(3)).intervals(10))
                .containsExactly(Arrays.copyOf(rr, 10));
    }

    private static double max(double[] z, int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            max = Math.max(max, z[i]);
        }
        return max;
    }
}
