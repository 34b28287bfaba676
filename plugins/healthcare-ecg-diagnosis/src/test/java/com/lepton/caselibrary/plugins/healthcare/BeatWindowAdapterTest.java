package com.lepton.caselibrary.plugins.healthcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The adapter without TensorFlow: resampling, scaling, refusals and the result. */
class BeatWindowAdapterTest {

    private static double[] ramp(int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }

    @Test
    void resamplesByLinearInterpolationKeepingBothEnds() {
        assertThat(Signals.resample(ramp(250), 250)).containsExactly(ramp(250), within(1e-9));
        double[] fromLong = Signals.resample(ramp(1000), 250);
        double[] fromShort = Signals.resample(ramp(100), 250);
        for (int j = 0; j < 250; j++) {
            assertThat(fromLong[j]).isCloseTo(j * 999.0 / 249, within(1e-9));
            assertThat(fromShort[j]).isCloseTo(j * 99.0 / 249, within(1e-9));
        }
        // Between two samples the value lies on the line joining them.
        assertThat(Signals.resample(new double[] {0, 10, 0}, 5))
                .containsExactly(new double[] {0, 5, 10, 5, 0}, within(1e-9));
    }

    @Test
    void scalesToZeroMeanAndUnitDeviation() throws InvalidInputException {
        Random random = new Random(1);
        double[] samples = new double[600];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = 3 + 0.5 * Math.sin(i / 20.0) + 0.05 * random.nextGaussian();
        }
        float[] input = BeatWindowAdapter.modelInput(samples);

        assertThat(input).hasSize(250);
        double mean = 0;
        for (float v : input) {
            mean += v;
        }
        mean /= input.length;
        double[] asDouble = new double[input.length];
        for (int i = 0; i < input.length; i++) {
            asDouble[i] = input[i];
        }
        assertThat(mean).isCloseTo(0, within(1e-5));
        assertThat(Signals.std(asDouble)).isCloseTo(1, within(1e-5));
    }

    @Test
    void aGeneratedWindowReachesTheModelAsTheTrainingDataDid() throws InvalidInputException {
        BeatGenerator.SyntheticBeat beat = BeatGenerator.generate(BeatClass.NORMAL, new Random(11));
        double[] samples = new double[beat.window().length];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = beat.window()[i];
        }
        assertThat(BeatWindowAdapter.modelInput(samples))
                .containsExactly(Signals.zNormalise(beat.window()), within(1e-5f));
        // Units do not matter: the same beat in microvolts gives the same input.
        double[] microvolts = Arrays.stream(samples).map(v -> v * 1000).toArray();
        assertThat(BeatWindowAdapter.modelInput(microvolts))
                .containsExactly(Signals.zNormalise(beat.window()), within(1e-4f));
    }

    @Test
    void refusesTooShortTooLongAndFlatWindowsInBothLanguages() {
        assertThatThrownBy(() -> BeatWindowAdapter.modelInput(ramp(99)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.userMessage().en())
                            .contains("100 to 1000 samples")
                            .contains("got 99");
                    assertThat(e.userMessage().zh()).contains("100 到 1000").contains("99");
                });
        assertThatThrownBy(() -> BeatWindowAdapter.modelInput(ramp(1001)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.userMessage().en()).contains("got 1001"));
        double[] flat = new double[300];
        Arrays.fill(flat, 0.7);
        assertThatThrownBy(() -> BeatWindowAdapter.modelInput(flat))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.userMessage().en()).contains("flat");
                    assertThat(e.userMessage().zh()).contains("直线");
                });
        assertThatThrownBy(() -> BeatWindowAdapter.modelInput(new double[300]))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesInputsThatAreNotASeries() {
        assertThatThrownBy(() -> new BeatWindowAdapter().toTensors(null, new DemoInput.Text("0.1, 0.2")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.userMessage().en()).contains("beat window");
                    assertThat(e.userMessage().zh()).contains("心搏窗口");
                });
    }

    @Test
    void turnsProbabilitiesIntoLabelledScoresInClassOrder() {
        DemoResult.Classification result = BeatWindowAdapter.classify(new float[] {0.1f, 0.05f, 0.8f, 0.05f});

        assertThat(result.scores()).extracting(ClassScore::key).containsExactly("normal", "pvc", "st-elevation", "af");
        assertThat(result.top().key()).isEqualTo("st-elevation");
        assertThat(result.top().label().en()).contains("ST-elevation-like").contains("synthetic");
        assertThat(result.top().label().zh()).contains("ST 段抬高样");
        // Float rounding just above 1 is clamped rather than refused.
        assertThat(BeatWindowAdapter.classify(new float[] {1.0000001f, 0, 0, 0})
                        .top()
                        .probability())
                .isEqualTo(1.0);
        assertThatThrownBy(() -> BeatWindowAdapter.classify(new float[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
