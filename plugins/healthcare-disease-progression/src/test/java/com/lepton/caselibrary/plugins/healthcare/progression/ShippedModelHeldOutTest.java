package com.lepton.caselibrary.plugins.healthcare.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.testkit.ShippedModel;
import com.lepton.caselibrary.trainingkit.BinaryScores;
import com.lepton.caselibrary.trainingkit.Evaluation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped LSTM, loaded through DJL as the portal loads it, on the held-out patients of the
 * committed pbcseq export ({@code data/pbcseq.csv}, the same fixed split): the card's figures must
 * come back.
 */
class ShippedModelHeldOutTest {

    private static ShippedModel model;

    @BeforeAll
    static void open() throws Exception {
        model = ShippedModel.open(new ProgressionCase());
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    private static List<PbcPatients.Example> testPoints() throws Exception {
        return PbcPatients.read(Path.of("data", PbcPatients.FILE))
                .split(
                        ProgressionTrainer.VALIDATION_SHARE,
                        ProgressionTrainer.TEST_SHARE,
                        ProgressionTrainer.SPLIT_SEED)
                .get(2)
                .examples();
    }

    @Test
    void theHeldOutPatientsGiveTheCardsAurocSensitivityAndSpecificity() throws Exception {
        List<PbcPatients.Example> test = testPoints();
        ModelCard card = model.card();
        double[] death = PredictionPoints.death(model::predict, test);
        boolean[] died = PredictionPoints.truth(test);
        Evaluation evaluation =
                PredictionPoints.evaluate(death, died, card.metrics().get("operatingPoint"));
        double auroc = BinaryScores.auroc(death, died);
        System.out.printf(
                "shipped pbc-progression-lstm on %d held-out prediction points: AUROC %.4f sensitivity %.4f"
                        + " specificity %.4f (card %.4f / %.4f / %.4f)%n",
                test.size(),
                auroc,
                evaluation.recall(Outcome.DEATH.ordinal()),
                evaluation.recall(Outcome.ALIVE.ordinal()),
                card.metrics().get("auroc"),
                card.metrics().get("sensitivity"),
                card.metrics().get("specificity"));

        assertThat(test).hasSize(card.testExamples());
        assertThat(auroc).isCloseTo(card.metrics().get("auroc"), within(1e-4));
        assertThat(evaluation.recall(Outcome.DEATH.ordinal()))
                .isCloseTo(card.metrics().get("sensitivity"), within(1e-9));
        assertThat(evaluation.recall(Outcome.ALIVE.ordinal()))
                .isCloseTo(card.metrics().get("specificity"), within(1e-9));
        assertThat(evaluation.confusionMatrix()).isEqualTo(card.confusionMatrix());
    }

    @Test
    void everySampleIsAHeldOutPatientAndComesBackWithTheCardsOperatingPoint() throws Exception {
        List<Integer> heldOut = testPoints().stream().map(e -> e.patient().id()).toList();
        double operatingPoint = model.card().metrics().get("operatingPoint");
        for (ProgressionCase.Sample sample : ProgressionCase.SAMPLES) {
            assertThat(heldOut).as(sample.id()).contains(sample.patient());
        }
        for (DemoSample sample : new ProgressionCase().demo().samples()) {
            DemoResult.Classification result = (DemoResult.Classification) model.run(sample);
            double death = result.scores().getFirst().probability();
            String decision = death >= operatingPoint ? "high risk" : "below the operating point";
            assertThat(result.scores().getFirst().label().en()).as(sample.id()).contains(decision);
            System.out.printf("sample %s (%s): P(death within 3 years) %.3f%n", sample.id(), sample.expected(), death);
        }
    }

    @Test
    void aVisitorsOwnVisitsWithMissingLabValuesRunThroughTheAdapter() throws Exception {
        DemoResult.Classification result = (DemoResult.Classification) model.run(new DemoInput.Text("""
                day,age,bili,albumin,alk.phos,ast,platelet,protime,ascites,hepato,spiders,edema
                0,50,0.8,3.9,,70,,10.2,0,0,0,0
                365,50,0.9,3.8,800,75,250,10.3,0,0,0,0
                """));
        assertThat(result.scores()).hasSize(2);
        assertThat(result.scores().getFirst().probability()
                        + result.scores().getLast().probability())
                .isCloseTo(1.0, within(1e-5));
        assertThat(result.top().key()).isEqualTo("alive-at-3-years");
    }
}
