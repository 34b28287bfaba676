package com.lepton.caselibrary.plugins.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.trainingkit.WindowedRegression;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains for real with TF Java without the installed data set: three epochs on the committed real
 * readings (2008-2020) lower the loss, and the full trainer, run on a seeded synthetic file that
 * spans its fixed periods (1958-2020), exports a SavedModel that DJL serves. Needs the TensorFlow native library; skipped only where it is absent.
 */
class SmokeTrainingTest {

    private static final String CSV = SyntheticCo2.csv(YearMonth.of(1958, 3), YearMonth.of(2020, 4), 5);

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    @Test
    void threeEpochsOnTheCommittedRealReadingsLowerTheLoss() throws IOException {
        // The committed held-out file: real Mauna Loa readings 2008-2020; a small real subset to train on.
        MonthlyCo2 readings;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("heldout/co2-2008-2020.csv")) {
            readings = Co2Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Co2Dataset data = new Co2Dataset(readings, ElmanRnn.SHIPPED.window());
        Co2Dataset.Period train = new Co2Dataset.Period("train", YearMonth.of(2010, 1), YearMonth.of(2016, 12));
        Co2Dataset.Period validation =
                new Co2Dataset.Period("validation", YearMonth.of(2017, 1), YearMonth.of(2020, 4));
        ElmanRnn.Scaling scaling = data.changeScaling(train);

        WindowedRegression.Fit fit = Co2RnnFit.fit(
                ElmanRnn.SHIPPED,
                scaling,
                data,
                data.origins(train),
                data.origins(validation),
                3,
                42,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(data.origins(train)).hasSize(84);
        assertThat(fit.losses()).hasSize(3);
        assertThat(fit.curve()).hasSize(3);
        assertThat(fit.losses().get(0)).isLessThan(fit.initialLoss());
        assertThat(fit.losses().get(2)).isLessThan(fit.losses().get(0));
        assertThat(fit.bestWeights()).hasSize(5);
    }

    @Test
    void theTrainerExportsASavedModelThatDjlServes(@TempDir Path temp) throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("data"));
        Files.writeString(dataDir.resolve(Co2Csv.FILE_NAME), CSV, StandardCharsets.UTF_8);
        Path output = temp.resolve("model");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        ModelCard card = new Co2RnnTrainer()
                .train(new TrainingContext(dataDir, output, 7, 2, new PrintStream(log, true, StandardCharsets.UTF_8)));

        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("evaluated once")
                .contains("seasonalNaive")
                .contains("Diebold-Mariano");
        assertThat(card.modelName()).isEqualTo(Co2MonitoringCase.MODEL_NAME);
        assertThat(card.testExamples()).isEqualTo(124);
        assertThat(card.epochs()).isEqualTo(2);
        assertThat(card.seed()).isEqualTo(7);
        assertThat(card.parameterCount()).isEqualTo(ElmanRnn.SHIPPED.parameterCount());
        assertThat(card.baselines())
                .containsOnlyKeys(
                        "persistence.rmse",
                        "persistence.mae",
                        "seasonalNaive.rmse",
                        "seasonalNaive.mae",
                        "linearAr.rmse",
                        "linearAr.mae");
        assertThat(card.testForecast().dates()).hasSize(124).startsWith("2009-12-01");
        assertThat(Files.isRegularFile(output.resolve("saved_model.pb"))).isTrue();

        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(output)
                .optEngine("TensorFlow")
                .build();
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor();
                NDManager manager = model.getNDManager().newSubManager()) {
            float[] batch = new float[3 * 24];
            for (int i = 0; i < batch.length; i++) {
                batch[i] = 380 + i % 24;
            }
            NDList result = predictor.predict(new NDList(manager.create(batch, new Shape(3, 24, 1))));
            Set<Shape> shapes = new HashSet<>();
            for (NDArray array : result) {
                shapes.add(array.getShape());
                if (array.getShape().equals(new Shape(3, 24))) {
                    // The history output is the window itself.
                    assertThat(array.toFloatArray()[23]).isCloseTo(403f, within(1e-3f));
                }
            }
            assertThat(shapes).containsExactlyInAnyOrder(new Shape(3, 1), new Shape(3, 24));
        }
    }
}
