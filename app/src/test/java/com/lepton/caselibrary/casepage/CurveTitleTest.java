package com.lepton.caselibrary.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.i18n.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The training curve's title names what the curve measures: the validation metric the card keeps a point of. */
class CurveTitleTest {

    private static final Path PLUGINS = Path.of("../plugins");

    private static ModelCard card(Map<String, Double> metrics, List<String> classes, List<Double> curve) {
        return new ModelCard(
                "m", "1.0.0", "data", 1, 1, metrics, Map.of(), classes, List.of(), curve, 1, 42, 1, 1, "cpu", "now");
    }

    @Test
    void aLossTheCardKeepsAPointOfNamesTheCurveAsLowerIsBetter() {
        ModelCard mse = card(
                Map.of("validationMse", 2.8, "f1.anomaly", 0.2), List.of("normal", "anomaly"), List.of(2.9, 2.8, 2.85));
        assertThat(CurveTitle.of(mse, Map.of(), Languages.ENGLISH))
                .isEqualTo("Validation MSE per epoch, lower is better");
        assertThat(CurveTitle.of(mse, Map.of(), Languages.CHINESE)).isEqualTo("每轮验证集 MSE，越低越好");
    }

    @Test
    void aScoreIsNamedWithItsClassInTheReadersLanguage() {
        ModelCard f1 =
                card(Map.of("validationF1.spam", 0.97, "f1.spam", 0.95), List.of("ham", "spam"), List.of(0.9, 0.97));
        Map<String, LocalizedText> names = Map.of("spam", LocalizedText.of("垃圾短信", "Spam"));
        assertThat(CurveTitle.of(f1, names, Languages.ENGLISH)).isEqualTo("Validation F1 · Spam per epoch");
        assertThat(CurveTitle.of(f1, names, Languages.CHINESE)).isEqualTo("每轮验证集 F1 · 垃圾短信");
    }

    @Test
    void ofSeveralValidationMetricsTheOneOnTheCurveNamesIt() {
        ModelCard card = card(
                Map.of("validationAuroc", 0.88, "validationLogLoss", 0.37), List.of("a", "b"), List.of(0.52, 0.37));
        assertThat(CurveTitle.metricKey(card)).contains("validationLogLoss");
    }

    @Test
    void aCardNamingNoneIsTakenToPlotAccuracyOrRmse() {
        assertThat(CurveTitle.of(
                        card(Map.of("accuracy", 0.9), List.of("a", "b"), List.of(0.5)), Map.of(), Languages.ENGLISH))
                .isEqualTo("Validation accuracy per epoch");
        assertThat(CurveTitle.of(card(Map.of("rmse", 1.0), List.of(), List.of(0.5)), Map.of(), Languages.CHINESE))
                .isEqualTo("每轮验证集 RMSE");
    }

    /** Every bundled case's card names its curve, so no title falls back to a guess. */
    @Test
    void everyBundledCardNamesWhatItsCurveMeasures() throws IOException {
        ModelCardReader reader = new ModelCardReader();
        List<Path> cards;
        try (Stream<Path> files = Files.walk(PLUGINS)) {
            cards = files.filter(file -> file.endsWith("model-card.json")
                            && file.toString().contains("src/main/resources/model/")
                            && !file.toString().contains("archetype"))
                    .toList();
        }
        assertThat(cards).hasSizeGreaterThanOrEqualTo(12);
        for (Path file : cards) {
            ModelCard card =
                    reader.parse(Files.readAllBytes(file), file.toString()).orElseThrow();
            assertThat(CurveTitle.metricKey(card)).as(file.toString()).isPresent();
        }
    }
}
