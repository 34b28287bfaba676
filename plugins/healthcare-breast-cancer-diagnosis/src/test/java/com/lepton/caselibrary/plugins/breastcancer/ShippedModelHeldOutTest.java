package com.lepton.caselibrary.plugins.breastcancer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.testkit.ShippedModel;
import com.lepton.caselibrary.trainingkit.BinaryScores;
import com.lepton.caselibrary.trainingkit.Evaluation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped network, loaded through DJL as the portal loads it, on the committed test split:
 * the whole split is committed (113 cases), so the card's figures must come back exactly.
 */
class ShippedModelHeldOutTest {

    private static ShippedModel model;

    @BeforeAll
    static void open() throws Exception {
        model = ShippedModel.open(new BreastCancerCase());
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void theTestSplitGivesTheCardsSensitivitySpecificityAndAuroc() throws Exception {
        WdbcTable test = HeldOut.testSplit();
        ModelCard card = model.card();
        double[] malignancy = BreastCancerTrainer.malignancy(model.predict(test.allRows(), test.count()));
        Evaluation evaluation = BreastCancerTrainer.evaluate(malignancy, test);
        double sensitivity = evaluation.recall(Diagnosis.MALIGNANT.ordinal());
        double specificity = evaluation.recall(Diagnosis.BENIGN.ordinal());
        System.out.printf(
                "shipped wdbc-mlp on the %d-case test split: sensitivity %.4f specificity %.4f (card %.4f / %.4f)%n",
                test.count(),
                sensitivity,
                specificity,
                card.metrics().get("sensitivity"),
                card.metrics().get("specificity"));

        assertThat(test.count()).isEqualTo(card.testExamples());
        assertThat(sensitivity).isCloseTo(card.metrics().get("sensitivity"), within(1e-9));
        assertThat(specificity).isCloseTo(card.metrics().get("specificity"), within(1e-9));
        assertThat(BinaryScores.auroc(malignancy, BreastCancerTrainer.malignant(test)))
                .isCloseTo(card.metrics().get("auroc"), within(1e-6));
        assertThat(card.metrics().get("operatingPoint")).isEqualTo(BreastCancerTrainer.OPERATING_POINT);
    }

    @Test
    void everyShippedSampleIsATestCaseDiagnosedAsItsPathology() throws Exception {
        for (DemoSample sample : new BreastCancerCase().demo().samples()) {
            DemoResult.Classification result = (DemoResult.Classification) model.run(sample);
            assertThat(result.top().key()).as(sample.id()).isEqualTo(sample.expected());
        }
    }

    @Test
    void aVisitorsOwnRowRunsThroughTheAdapter() throws Exception {
        DemoResult.Classification result =
                (DemoResult.Classification) model.run(new DemoInput.Series(FeatureAdapterTest.BENIGN_ROW));
        assertThat(result.top().key()).isEqualTo("benign");
    }
}
