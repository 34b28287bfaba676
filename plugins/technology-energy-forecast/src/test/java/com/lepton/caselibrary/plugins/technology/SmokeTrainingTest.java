package com.lepton.caselibrary.plugins.technology;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains for real with TF Java on a small slice of a seeded synthetic weather file (so it does not
 * depend on the installed data set): two epochs lower the loss, and the full trainer exports a
 * SavedModel that DJL serves. Needs the TensorFlow native library; skipped only where it is absent.
 */
class SmokeTrainingTest {

    private static final String CSV = SyntheticWeather.csv(LocalDate.of(2012, 1, 1), LocalDate.of(2015, 12, 31), 5);

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    @Test
    void twoEpochsOnASmallSliceLowerTheLoss() throws IOException {
        WeatherDataset data = new WeatherDataset(SeattleWeatherCsv.read(new StringReader(CSV)));
        TemperatureLstm lstm = TemperatureLstm.SHIPPED;
        int[] train = Arrays.copyOf(data.origins(SeattleWeatherTrainer.TRAIN, lstm.window()), 300);
        int[] validation = Arrays.copyOf(data.origins(SeattleWeatherTrainer.VALIDATION, lstm.window()), 60);
        Preprocessing scaling = data.preprocessing(SeattleWeatherTrainer.TRAIN, lstm.window());
        float[] trainY = scaling.tempMax().standardise(data.targets(train));
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        WindowedRegression.Fit fit = TemperatureFit.fit(
                lstm,
                data.univariateInputs(train, scaling),
                trainY,
                data.univariateInputs(validation, scaling),
                data.targets(validation),
                scaling.tempMax(),
                2,
                42,
                new PrintStream(log, true, StandardCharsets.UTF_8),
                "smoke");

        assertThat(fit.losses()).hasSize(2);
        assertThat(fit.curve()).hasSize(2);
        assertThat(fit.losses().get(0)).isLessThan(fit.initialLoss());
        assertThat(fit.losses().get(1)).isLessThan(fit.losses().get(0));
        assertThat(fit.bestWeights()).hasSize(lstm.parameterNames().size());
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("epoch  2/2").contains("RMSE °C (smoke)");
    }

    @Test
    void theTrainerExportsASavedModelThatDjlServes(@TempDir Path temp) throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("data"));
        Files.writeString(dataDir.resolve(SeattleWeatherCsv.FILE_NAME), CSV, StandardCharsets.UTF_8);
        Path output = temp.resolve("model");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        ModelCard card = new SeattleWeatherTrainer()
                .train(new TrainingContext(dataDir, output, 7, 2, new PrintStream(log, true, StandardCharsets.UTF_8)));

        String text = log.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains("test (2015), evaluated once")
                .contains("persistence")
                .contains("linearAr")
                .contains("Diebold-Mariano");
        assertThat(card.modelName()).isEqualTo(EnergyForecastCase.MODEL_NAME);
        assertThat(card.testExamples()).isEqualTo(365);
        assertThat(card.epochs()).isEqualTo(2);
        assertThat(card.trainingCurve()).hasSize(2);
        assertThat(card.seed()).isEqualTo(7);
        assertThat(card.parameterCount()).isEqualTo(TemperatureLstm.SHIPPED.parameterCount());
        assertThat(card.baselines())
                .containsOnlyKeys(
                        "persistence.rmse",
                        "persistence.mae",
                        "climatology.rmse",
                        "climatology.mae",
                        "linearAr.rmse",
                        "linearAr.mae",
                        "linearArWeather.rmse",
                        "linearArWeather.mae");
        assertThat(card.metrics()).containsKeys("rmse", "mae", "weatherLstm.rmse");
        assertThat(Files.isRegularFile(output.resolve("saved_model.pb"))).isTrue();
        Preprocessing written = Preprocessing.read(Files.readString(output.resolve(Preprocessing.FILE_NAME)));
        assertThat(written.window()).isEqualTo(14);

        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(output)
                .optEngine("TensorFlow")
                .build();
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor();
                NDManager manager = model.getNDManager().newSubManager()) {
            float[] batch = new float[3 * 14];
            for (int i = 0; i < batch.length; i++) {
                batch[i] = written.standardise(10 + i % 14);
            }
            NDList result = predictor.predict(new NDList(manager.create(batch, new Shape(3, 14, 1))));
            Set<Shape> shapes = new HashSet<>();
            for (NDArray array : result) {
                shapes.add(array.getShape());
                if (array.getShape().equals(new Shape(3, 14))) {
                    // The history output is the window back in °C.
                    assertThat(array.toFloatArray()[13]).isCloseTo(23f, Offset.offset(1e-3f));
                }
            }
            assertThat(shapes).containsExactlyInAnyOrder(new Shape(3, 1), new Shape(3, 14));
        }
    }
}
