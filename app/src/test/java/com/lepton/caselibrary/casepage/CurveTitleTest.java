package com.lepton.caselibrary.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.ModelCard;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The training curve's title names what the curve measures. */
class CurveTitleTest {

    private static ModelCard card(Map<String, Double> metrics, List<String> classes) {
        return new ModelCard(
                "m",
                "1.0.0",
                "data",
                1,
                1,
                metrics,
                Map.of(),
                classes,
                List.of(),
                List.of(0.5),
                1,
                42,
                1,
                1,
                "cpu",
                "now");
    }

    @Test
    void aClassifierShowsAccuracyAndAForecasterItsRmse() {
        assertThat(ModelCardPanel.curveTitleKey(card(Map.of("accuracy", 0.9), List.of("a", "b"))))
                .isEqualTo("modelcard.curve");
        assertThat(ModelCardPanel.curveTitleKey(card(Map.of("rmse", 1.0), List.of())))
                .isEqualTo("modelcard.curve.error");
    }

    @Test
    void aCardThatChoseEpochsByALossNamesThatLoss() {
        assertThat(ModelCardPanel.curveTitleKey(card(Map.of("validationMse", 0.006), List.of("normal", "anomaly"))))
                .isEqualTo("modelcard.curve.mse");
        assertThat(ModelCardPanel.curveTitleKey(card(Map.of("validationLogLoss", 0.1), List.of("a", "b"))))
                .isEqualTo("modelcard.curve.logloss");
    }
}
