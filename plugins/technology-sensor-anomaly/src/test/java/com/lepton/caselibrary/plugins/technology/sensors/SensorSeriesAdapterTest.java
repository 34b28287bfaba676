package com.lepton.caselibrary.plugins.technology.sensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.testkit.ClassNamesContract;
import com.lepton.caselibrary.testkit.Refusals;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bad series get a message in both languages; good ones become the model's window and come back flagged. */
class SensorSeriesAdapterTest {

    private static double[] readings(int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 27 + 0.01 * Math.sin(i / 10.0);
        }
        return values;
    }

    @Test
    void padsAShortSeriesInFrontAndKeepsTheLastWindowOfALongOne() throws Exception {
        float[] shortWindow = SensorSeriesAdapter.window(new DemoInput.Series(readings(100)));
        assertThat(shortWindow).hasSize(SensorRnn.WINDOW);
        assertThat(shortWindow[0]).isEqualTo(SensorRnn.PADDING);
        assertThat(shortWindow[SensorRnn.WINDOW - 100]).isGreaterThan(20f);
        double[] longSeries = readings(1_000);
        longSeries[999] = 30;
        float[] longWindow = SensorSeriesAdapter.window(new DemoInput.Series(longSeries));
        assertThat(longWindow[SensorRnn.WINDOW - 1]).isEqualTo(30f);
    }

    @Test
    void refusesEmptyTooShortAndNonFiniteSeriesInBothLanguages() {
        assertRefused(new DemoInput.Series(new double[0]), "至少", "at least");
        assertRefused(new DemoInput.Series(readings(59)), "至少", "at least");
        double[] nan = readings(100);
        nan[50] = Double.NaN;
        assertRefused(new DemoInput.Series(nan), "第 51 个", "Reading 51");
        double[] wrongUnit = readings(100);
        wrongUnit[3] = 300; // Kelvin, say
        assertRefused(new DemoInput.Series(wrongUnit), "°C", "°C");
        assertRefused(new DemoInput.Text("27.1\n27.2"), "温度", "temperature");
    }

    @Test
    void dropsThePaddingAndTheWarmUpFromTheResult() {
        float[] readings = new float[SensorRnn.WINDOW];
        float[] scores = new float[SensorRnn.WINDOW];
        Arrays.fill(readings, 0, 300, SensorRnn.PADDING);
        Arrays.fill(readings, 300, SensorRnn.WINDOW, 27f);
        Arrays.fill(scores, 2f);
        DemoResult.Anomalies result = SensorSeriesAdapter.anomalies(readings, scores);
        assertThat(result.series()).hasSize(60);
        assertThat(result.flaggedCount()).isEqualTo(60 - SensorRnn.WARM_UP);
        assertThatThrownBy(() -> SensorSeriesAdapter.anomalies(new float[3], new float[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresRankAndCountAsExpected() {
        assertThat(WindowScores.auroc(new double[] {0.1, 0.2, 0.9, 0.8}, new int[] {0, 0, 1, 1}))
                .isEqualTo(1.0);
        assertThat(WindowScores.auroc(new double[] {1, 1, 1, 1}, new int[] {0, 1, 0, 1}))
                .isEqualTo(0.5);
        assertThat(WindowScores.confusion(new double[] {0, 2, 0, 2}, new int[] {0, 0, 1, 1}, 1))
                .containsExactly(1, 1, 1, 1);
        double[] step = readings(200);
        Arrays.fill(step, 150, 200, 35);
        assertThat(WindowScores.rollingZ(step)[150]).isGreaterThan(100);
    }

    private static void assertRefused(DemoInput input, String zh, String en) {
        Refusals.assertRefused(() -> SensorSeriesAdapter.window(input), en, zh);
    }

    @Test
    void theCaseNamesEachClassOfItsCardInBothLanguages() throws IOException {
        ClassNamesContract.assertNamesEveryClass(new SensorAnomalyCase());
    }
}
