package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void recoversTheWeightsThatGeneratedTheLabels() {
        Random random = new Random(7);
        int n = 20_000;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextGaussian();
            x[i][1] = random.nextGaussian();
            double p = 1 / (1 + Math.exp(-(-0.5 + 2 * x[i][0] - 1 * x[i][1])));
            y[i] = random.nextDouble() < p;
        }
        LogisticRegression model = LogisticRegression.fit(x, y, 0);
        assertThat(model.intercept()).isCloseTo(-0.5, within(0.1));
        assertThat(model.coefficients()[0]).isCloseTo(2, within(0.1));
        assertThat(model.coefficients()[1]).isCloseTo(-1, within(0.1));
        assertThat(model.probability(new double[] {0, 0})).isCloseTo(1 / (1 + Math.exp(0.5)), within(0.03));
    }

    @Test
    void thePenaltyKeepsSeparableDataFinite() {
        double[][] x = {{-2}, {-1}, {1}, {2}};
        boolean[] y = {false, false, true, true};
        LogisticRegression model = LogisticRegression.fit(x, y, 0.01);
        assertThat(model.coefficients()[0]).isPositive().isFinite().isLessThan(100);
        assertThat(model.probabilities(x)[0]).isLessThan(0.5);
        assertThat(model.probabilities(x)[3]).isGreaterThan(0.5);
    }

    @Test
    void needsOneLabelPerRow() {
        assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}}, new boolean[0], 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
