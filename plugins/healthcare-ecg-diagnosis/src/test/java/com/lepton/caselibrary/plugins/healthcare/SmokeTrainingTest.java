package com.lepton.caselibrary.plugins.healthcare;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.api.testing.TensorFlowNative;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains for real with TF Java on a small generated set: the loss falls and the network beats
 * chance after two epochs, and the full trainer exports a SavedModel that DJL loads. Needs the
 * TensorFlow native library; skipped only where it is absent.
 */
class SmokeTrainingTest {

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    @Test
    void twoEpochsLowerTheLossAndBeatChance() {
        BeatDataset train = BeatDataset.generate(21, 600);
        BeatDataset validation = BeatDataset.generate(22, 200);
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        BeatFitting.Fit fit =
                BeatFitting.fit(train, validation, 2, 42, new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(fit.losses()).hasSize(2);
        assertThat(fit.initialLoss()).isGreaterThan(1.0); // about ln 4 = 1.39 before training
        assertThat(fit.losses().get(0)).isLessThan(fit.initialLoss());
        assertThat(fit.losses().get(1)).isLessThan(fit.losses().get(0));
        // Chance is 0.25 on four balanced classes.
        assertThat(fit.bestAccuracy()).isGreaterThan(0.5);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("epoch  2/2");

        // The same seed trains the same network.
        BeatFitting.Fit again = BeatFitting.fit(
                train, validation, 2, 42, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(again.losses()).isEqualTo(fit.losses());
    }

    @Test
    void theTrainerExportsASavedModelThatDjlServes(@TempDir Path output) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        EcgBeatTrainer trainer = new EcgBeatTrainer(400, 200, 200);

        ModelCard card = trainer.train(new TrainingContext(
                trainer.dataDirectories().getFirst(),
                output,
                7,
                2,
                new PrintStream(log, true, StandardCharsets.UTF_8)));

        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("SYNTHETIC ECG")
                .contains("baseline logisticRegression");
        assertThat(card.modelName()).isEqualTo(EcgDiagnosisCase.MODEL_NAME);
        assertThat(card.dataset())
                .contains("SYNTHETIC")
                .contains("no patient data")
                .contains("not a medical device");
        assertThat(card.trainExamples()).isEqualTo(400);
        assertThat(card.testExamples()).isEqualTo(200);
        assertThat(card.epochs()).isEqualTo(2);
        assertThat(card.trainingCurve()).hasSize(2);
        assertThat(card.classLabels()).containsExactly("normal", "pvc", "st-elevation", "af");
        assertThat(card.confusionMatrix().stream()
                        .flatMap(List::stream)
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(200);
        assertThat(card.baselines()).containsOnlyKeys("majority", "nearestCentroid", "logisticRegression");
        assertThat(card.metrics().get("accuracy")).isGreaterThan(0.4);
        assertThat(Files.isRegularFile(output.resolve("saved_model.pb"))).isTrue();

        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(output)
                .optEngine("TensorFlow")
                .build();
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor();
                NDManager manager = model.getNDManager().newSubManager()) {
            BeatDataset beats = BeatDataset.generate(23, 3);
            float[] batch = new float[3 * BeatGenerator.WINDOW];
            for (int i = 0; i < 3; i++) {
                beats.copy(i, batch, i * BeatGenerator.WINDOW);
            }
            NDList result =
                    predictor.predict(new NDList(manager.create(batch, new Shape(3, BeatGenerator.WINDOW, 1, 1))));
            assertThat(result.singletonOrThrow().getShape()).isEqualTo(new Shape(3, BeatClass.COUNT));
        }
    }
}
