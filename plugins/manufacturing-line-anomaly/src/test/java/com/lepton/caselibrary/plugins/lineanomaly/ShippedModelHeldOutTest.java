package com.lepton.caselibrary.plugins.lineanomaly;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.testkit.ShippedModel;
import com.lepton.caselibrary.trainingkit.BinaryScores;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.LabelledImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped autoencoder, loaded through DJL as the portal loads it, on the committed held-out
 * sample (the first 100 sneakers and first 300 other products of the Fashion-MNIST test set),
 * against its card.
 */
class ShippedModelHeldOutTest {

    /**
     * AUROC on 100 normal and 300 anomalies has a standard error of about 0.006 near 0.985
     * (Hanley-McNeil); 0.03 is five of them, so a fair sample passes and a broken model fails.
     */
    private static final double AUROC_TOLERANCE = 0.03;
    /** Recall of 300 anomalies near 0.91 has a standard error of 0.017; three of them, rounded up. */
    private static final double RECALL_TOLERANCE = 0.06;

    private static ShippedModel model;

    @BeforeAll
    static void open() throws Exception {
        model = ShippedModel.open(new LineAnomalyCase());
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void theHeldOutSampleScoresAsTheCardSays() throws Exception {
        LabelledImages sample = SmokeTrainingTest.heldOut();
        ModelCard card = model.card();
        double[] scores = LineModels.scores(model::predict, ConvAutoencoder.OUTPUT_WIDTH, sample);
        boolean[] anomalous = LineModels.anomalies(sample, LineAnomalyCase.LINE);

        double auroc = BinaryScores.auroc(scores, anomalous);
        Evaluation warning = BinaryScores.atThreshold(
                scores, anomalous, (float) (double) card.metrics().get("threshold"));
        System.out.printf(
                "shipped line-autoencoder on %d held-out images: AUROC %.4f (card %.4f), recall %.4f (card %.4f)%n",
                sample.count(),
                auroc,
                card.metrics().get("auroc"),
                warning.recall(1),
                card.metrics().get("recall.anomaly"));

        assertThat(sample.count()).isEqualTo(400);
        assertThat(auroc).isGreaterThan(card.metrics().get("auroc") - AUROC_TOLERANCE);
        assertThat(warning.recall(1)).isGreaterThan(card.metrics().get("recall.anomaly") - RECALL_TOLERANCE);
        // The card's figures themselves: the autoencoder beats the centroid baseline it is compared with.
        assertThat(card.metrics().get("auroc")).isGreaterThan(card.baselines().get("centroidDistance.auroc"));
        assertThat(card.metrics().get("meanAuroc"))
                .isGreaterThan(card.baselines().get("centroidDistance.meanAuroc"));
    }

    @Test
    void everyShippedSampleGetsTheAnswerItsLabelPromisesWithAnErrorMap() throws Exception {
        for (DemoSample sample : new LineAnomalyCase().demo().samples()) {
            DemoResult.Classification result = (DemoResult.Classification) model.run(sample);
            assertThat(result.top().key()).as(sample.id()).isEqualTo(sample.expected());
            assertThat(result.heatmap()).as(sample.id()).isNotNull();
        }
    }
}
