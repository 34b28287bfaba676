package com.lepton.caselibrary.plugins.healthcare;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.trainingkit.Evaluation;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    /** Two Gaussian clusters per class in 2-D, far apart: any sensible classifier separates them. */
    private static double[][] toy(int[] labels, Random random) {
        double[][] centres = {{0, 0}, {4, 0}, {0, 4}, {4, 4}};
        double[][] x = new double[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 4;
            x[i] = new double[] {
                centres[labels[i]][0] + 0.5 * random.nextGaussian(), centres[labels[i]][1] + 0.5 * random.nextGaussian()
            };
        }
        return x;
    }

    private static double accuracy(int[] truth, int[] predicted) {
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            correct += truth[i] == predicted[i] ? 1 : 0;
        }
        return (double) correct / truth.length;
    }

    @Test
    void nearestCentroidAndLogisticRegressionSeparateAToySet() {
        Random random = new Random(2);
        int[] y = new int[400];
        double[][] x = toy(y, random);
        int[] yTest = new int[200];
        double[][] xTest = toy(yTest, random);

        assertThat(accuracy(yTest, Baselines.NearestCentroid.fit(x, y, 4).predict(xTest)))
                .isGreaterThan(0.97);
        assertThat(accuracy(yTest, Baselines.LogisticRegression.fit(x, y, 4).predict(xTest)))
                .isGreaterThan(0.97);
    }

    @Test
    void logisticRegressionGivesProbabilities() {
        double[] p = new double[3];
        Baselines.LogisticRegression.probabilities(new double[][] {{1, 0}, {0, 0}, {-1, 0}}, new double[] {2}, p);

        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, Assertions.within(1e-12));
        assertThat(p[0]).isGreaterThan(p[1]);
        assertThat(p[1]).isGreaterThan(p[2]);
    }

    @Test
    void majorityIsTheMostCommonLabelLowestFirstOnTies() {
        assertThat(Baselines.majorityClass(new int[] {2, 1, 2, 0}, 4)).isEqualTo(2);
        assertThat(Baselines.majorityClass(new int[] {3, 1, 1, 3}, 4)).isEqualTo(1);
    }

    @Test
    void standardiserCentresAndScalesEachFeature() {
        Baselines.Standardiser scale = Baselines.Standardiser.fit(new double[][] {{1, 5}, {3, 5}});
        assertThat(scale.apply(new double[][] {{1, 5}, {3, 5}})).isEqualTo(new double[][] {{-1, 0}, {1, 0}});
    }

    @Test
    void featureBaselinesBeatChanceOnGeneratedBeats() {
        Map<String, Evaluation> results =
                Baselines.evaluate(BeatDataset.generate(11, 400), BeatDataset.generate(12, 200));

        assertThat(results).containsOnlyKeys("majority", "nearestCentroid", "logisticRegression");
        assertThat(results.get("majority").accuracy()).isEqualTo(0.25);
        assertThat(results.get("nearestCentroid").accuracy()).isGreaterThan(0.5);
        assertThat(results.get("logisticRegression").accuracy()).isGreaterThan(0.5);
    }

    @Test
    void featuresAreFiniteAndNamed() {
        BeatDataset data = BeatDataset.generate(13, 8);
        for (int i = 0; i < data.count(); i++) {
            double[] features = BeatFeatures.of(data.window(i));
            assertThat(features).hasSize(BeatFeatures.NAMES.size());
            for (double f : features) {
                assertThat(Double.isFinite(f)).isTrue();
            }
        }
    }
}
