package com.lepton.caselibrary.plugins.healthcare;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.plugins.healthcare.BeatGenerator.SyntheticBeat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The synthetic beats: repeatable, physiologically plausible, and the classes differ as documented. */
class BeatGeneratorTest {

    private static final int PER_CLASS = 150;
    private static final Map<BeatClass, List<SyntheticBeat>> BEATS = new EnumMap<>(BeatClass.class);

    @BeforeAll
    static void generate() {
        Random random = new Random(99);
        for (BeatClass label : BeatClass.values()) {
            BEATS.put(label, new ArrayList<>());
        }
        for (int i = 0; i < PER_CLASS * BeatClass.COUNT; i++) {
            BeatClass label = BeatClass.values()[i % BeatClass.COUNT];
            BEATS.get(label).add(BeatGenerator.generate(label, random));
        }
    }

    @Test
    void theSameSeedGivesTheSameBeatsAndAnotherSeedOthers() {
        for (BeatClass label : BeatClass.values()) {
            SyntheticBeat first = BeatGenerator.generate(label, new Random(7));
            SyntheticBeat again = BeatGenerator.generate(label, new Random(7));
            SyntheticBeat other = BeatGenerator.generate(label, new Random(8));

            assertThat(again.window()).as(label.key()).containsExactly(first.window());
            assertThat(again.heartRate()).isEqualTo(first.heartRate());
            assertThat(other.window()).as(label.key()).isNotEqualTo(first.window());
        }
        BeatDataset a = BeatDataset.generate(5, 8);
        BeatDataset b = BeatDataset.generate(5, 8);
        for (int i = 0; i < 8; i++) {
            assertThat(b.window(i)).containsExactly(a.window(i));
            assertThat(a.label(i)).isEqualTo(i % BeatClass.COUNT);
        }
    }

    @Test
    void windowsAreOneSecondAt250HzWithTheRPeakInTheMiddle() {
        BEATS.values().stream().flatMap(List::stream).forEach(beat -> {
            float[] w = beat.window();
            assertThat(w).hasSize(250);
            for (float v : w) {
                assertThat(Float.isFinite(v)).isTrue();
                assertThat(Math.abs(v)).isLessThan(5f); // mV
            }
            // The largest value of the middle 200 ms lies at the centre, give or take the noise on a flat
            // top: 16 ms for narrow QRS complexes, 32 ms for the wide PVC-like ones.
            int peak = 100;
            for (int i = 100; i <= 150; i++) {
                if (w[i] > w[peak]) {
                    peak = i;
                }
            }
            assertThat(Math.abs(peak - BeatGenerator.CENTRE))
                    .as(beat.label().key())
                    .isLessThanOrEqualTo(beat.label() == BeatClass.PVC ? 8 : 4);
            // R waves of 0.4 to 3 mV above the window's median.
            float[] sorted = w.clone();
            Arrays.sort(sorted);
            assertThat(w[BeatGenerator.CENTRE] - sorted[125]).isBetween(0.3f, 3.5f);
        });
    }

    @Test
    void heartRatesAndRrIntervalsArePlausible() {
        BEATS.forEach((label, beats) -> {
            for (SyntheticBeat beat : beats) {
                double sinus = 60 / beat.heartRate();
                assertThat(beat.heartRate()).isBetween(50.0, 115.0);
                assertThat(beat.rrBefore()).isBetween(0.3, 1.7);
                assertThat(beat.rrAfter()).isBetween(0.3, 2.0);
                switch (label) {
                    case NORMAL, ST_ELEVATION -> {
                        // Sinus rhythm: within the heart-rate variability of the mean.
                        assertThat(beat.rrBefore() / sinus).isBetween(0.85, 1.15);
                        assertThat(beat.rrAfter() / sinus).isBetween(0.85, 1.15);
                    }
                    case PVC -> {
                        // Premature, then a compensatory pause: the two intervals add up to about two sinus beats.
                        assertThat(beat.rrBefore() / sinus).isLessThan(0.96);
                        assertThat(beat.rrAfter()).isGreaterThan(beat.rrBefore());
                        assertThat((beat.rrBefore() + beat.rrAfter()) / (2 * sinus))
                                .isBetween(0.85, 1.2);
                    }
                    case AF -> assertThat(beat.rrBefore() / sinus).isBetween(0.6, 1.4);
                }
            }
        });
        // AF is irregular: its intervals spread far wider than sinus rhythm's.
        assertThat(spread(BEATS.get(BeatClass.AF))).isGreaterThan(3 * spread(BEATS.get(BeatClass.NORMAL)));
    }

    private static double spread(List<SyntheticBeat> beats) {
        double[] ratios = beats.stream()
                .mapToDouble(b -> b.rrBefore() * b.heartRate() / 60)
                .toArray();
        return Signals.std(ratios);
    }

    private static double meanFeature(BeatClass label, String feature) {
        int index = BeatFeatures.NAMES.indexOf(feature);
        return BEATS.get(label).stream()
                .mapToDouble(b -> BeatFeatures.of(Signals.zNormalise(b.window()))[index])
                .average()
                .orElseThrow();
    }

    private static double fWavePower(BeatClass label) {
        return BEATS.get(label).stream()
                .filter(b -> b.rrBefore() >= 0.7)
                .mapToDouble(b -> BeatFeatures.bandPower(b.window(), 0, 100, 4, 9))
                .average()
                .orElseThrow();
    }

    @Test
    void theClassesDifferAsDocumented() {
        // PVC-like: a wider QRS, no P wave, an inverted T.
        assertThat(meanFeature(BeatClass.PVC, "qrsWidthMs"))
                .isGreaterThan(1.5 * meanFeature(BeatClass.NORMAL, "qrsWidthMs"));
        assertThat(meanFeature(BeatClass.PVC, "tLevel"))
                .isLessThan(0)
                .isLessThan(meanFeature(BeatClass.NORMAL, "tLevel"));
        // ST elevation: the segment after the QRS sits higher.
        assertThat(meanFeature(BeatClass.ST_ELEVATION, "stLevel"))
                .isGreaterThan(meanFeature(BeatClass.NORMAL, "stLevel") + 0.1);
        // AF-like: no P wave, and f-waves: 4-9 Hz power in the 400 ms before the R peak, where the previous
        // beat lies outside (RR of at least 0.7 s) so that only the baseline is measured.
        assertThat(meanFeature(BeatClass.AF, "pWave")).isLessThan(meanFeature(BeatClass.NORMAL, "pWave"));
        assertThat(fWavePower(BeatClass.AF)).isGreaterThan(2.5 * fWavePower(BeatClass.NORMAL));
    }

    @Test
    void recordingConditionsVaryAlikeForEveryClass() {
        // Heart rate and noise are drawn from the same ranges for all classes, so neither gives the class away.
        for (BeatClass label : BeatClass.values()) {
            double meanRate = BEATS.get(label).stream()
                    .mapToDouble(SyntheticBeat::heartRate)
                    .average()
                    .orElseThrow();
            double meanNoise = BEATS.get(label).stream()
                    .mapToDouble(SyntheticBeat::noiseMv)
                    .average()
                    .orElseThrow();
            assertThat(meanRate).as(label.key()).isBetween(76.0, 89.0);
            assertThat(meanNoise).as(label.key()).isBetween(0.025, 0.04);
        }
    }
}
