package com.lepton.caselibrary.plugins.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.SeedCnnTraining;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-evaluates the shipped SavedModel, loaded through DJL as in {@link SavedModelDjlTest}, on a
 * committed held-out sample: 500 Fashion-MNIST TEST images, the first 50 of each class (written by
 * {@link ExportHeldOutSample}; MIT licence). Needs no data set, only the TensorFlow native library.
 */
class ShippedModelHeldOutTest {

    private static final Path MODEL = Path.of("target/classes/model/fashion-cnn");

    /** The model card's test accuracy on all 10,000 test images. */
    private static final double CARD_ACCURACY = 0.9123;

    /**
     * On n = 500 images the accuracy's standard error is sqrt(0.912 * 0.088 / 500) = 0.0127; three
     * standard errors (0.038, rounded up to 0.04) keep a fair sample from failing by chance
     * (one-sided p below 0.002) while a model that lost several points still fails. The sample is
     * stratified (50 per class) like the test split (1,000 per class), so no reweighting is needed.
     */
    private static final double TOLERANCE = 0.04;

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    static FashionMnist heldOut() throws Exception {
        Path directory = resourceDirectory("heldout/heldout-labels-idx1-ubyte.gz");
        return FashionMnist.load(directory, "heldout");
    }

    private static Path resourceDirectory(String resource) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(
                                ShippedModelHeldOutTest.class.getClassLoader().getResource(resource), resource)
                        .toURI())
                .getParent();
    }

    @Test
    void committedSampleIsFiftyTestImagesPerClass() throws Exception {
        FashionMnist sample = heldOut();
        int[] perClass = new int[FashionClass.COUNT];
        for (int i = 0; i < sample.count(); i++) {
            perClass[sample.label(i)]++;
        }
        assertThat(sample.count()).isEqualTo(500);
        assertThat(perClass).containsOnly(50);
    }

    @Test
    void shippedModelReachesTheCardsAccuracyOnTheHeldOutSample() throws Exception {
        FashionMnist sample = heldOut();
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(MODEL)
                .optEngine("TensorFlow")
                .build();
        Evaluation evaluation;
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor();
                NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            evaluation = SeedCnnTraining.evaluate(
                    (images, count) -> {
                        try (NDManager batch = manager.newSubManager()) {
                            NDArray input = batch.create(
                                    images, new Shape(count, FashionImageAdapter.SIZE, FashionImageAdapter.SIZE, 1));
                            float[] probabilities =
                                    predictor.predict(new NDList(input)).get(0).toFloatArray();
                            return Arrays.copyOf(probabilities, count * FashionClass.COUNT);
                        } catch (TranslateException e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    sample);
        }
        System.out.printf(
                "shipped fashion-cnn on the committed 500-image held-out sample: accuracy %.4f, macro-F1 %.4f (card %.4f)%n",
                evaluation.accuracy(), evaluation.macroF1(), CARD_ACCURACY);
        assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(CARD_ACCURACY - TOLERANCE);
    }
}
