package com.lepton.caselibrary.plugins.manufacturing;

import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.util.PairList;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.testing.HostLikeModel;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.GrayImages;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Dev runner: loads the exported SavedModel with DJL (not TF Java), offline, the way the host
 * does, and checks that it gives the accuracy the model card claims.
 *
 * <pre>
 * ./mvnw -B -pl plugins/manufacturing-sorting test-compile exec:exec@verify-djl
 * </pre>
 */
public final class VerifySavedModelWithDjl {

    private static final int BATCH = 500;

    private VerifySavedModelWithDjl() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path modelDir = Path.of(args[1]);
        Engine engine = Engine.getEngine("TensorFlow");
        System.out.printf(
                "engine %s %s, offline=%s%n",
                engine.getEngineName(), engine.getVersion(), System.getProperty("ai.djl.offline"));

        FashionMnist test = FashionMnist.load(data, FashionMnist.TEST);
        double djlAccuracy = testAccuracy(modelDir, test);
        JsonObject card = JsonParser.parseString(Files.readString(modelDir.resolve("model-card.json")))
                .getAsJsonObject();
        double cardAccuracy = card.getAsJsonObject("metrics").get("accuracy").getAsDouble();
        System.out.printf(
                Locale.ROOT,
                "test accuracy through DJL %.4f, model card (TF Java) %.4f -> %s%n",
                djlAccuracy,
                cardAccuracy,
                Math.abs(djlAccuracy - cardAccuracy) < 1e-9 ? "identical" : "DIFFERENT");

        predictSamplesLikeTheHost(modelDir);
        checkInversionRule(test);
    }

    /** The full test set in batches of 500 through a plain NDList predictor. */
    private static double testAccuracy(Path modelDir, FashionMnist test) throws Exception {
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(modelDir)
                .optEngine("TensorFlow")
                .build();
        long loadStart = System.nanoTime();
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor()) {
            System.out.printf(
                    Locale.ROOT,
                    "loaded in %.2f s; inputs %s, outputs %s%n",
                    (System.nanoTime() - loadStart) / 1e9,
                    describe(model.describeInput()),
                    describe(model.describeOutput()));
            int correct = 0;
            float[] images = new float[BATCH * FashionImageAdapter.PIXELS];
            long start = System.nanoTime();
            for (int from = 0; from < test.count(); from += BATCH) {
                int count = Math.min(BATCH, test.count() - from);
                for (int i = 0; i < count; i++) {
                    test.copyPixels(from + i, images, i * FashionImageAdapter.PIXELS);
                }
                try (NDManager manager = model.getNDManager().newSubManager()) {
                    NDArray batch = manager.create(
                            Arrays.copyOf(images, count * FashionImageAdapter.PIXELS),
                            new Shape(count, FashionImageAdapter.SIZE, FashionImageAdapter.SIZE, 1));
                    NDList output = predictor.predict(new NDList(batch));
                    float[] probabilities = output.get(0).toFloatArray();
                    for (int i = 0; i < count; i++) {
                        if (Evaluation.argMax(probabilities, i * FashionClass.COUNT, FashionClass.COUNT)
                                == test.label(from + i)) {
                            correct++;
                        }
                    }
                }
            }
            System.out.printf(
                    Locale.ROOT, "10k test images through DJL in %.2f s%n", (System.nanoTime() - start) / 1e9);
            return (double) correct / test.count();
        }
    }

    private static String describe(PairList<String, Shape> tensors) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tensors.size(); i++) {
            parts.add(tensors.get(i).getKey() + " " + tensors.get(i).getValue());
        }
        return parts.toString();
    }

    /** The shipped samples through the adapter, stacked into one batch, as the host's translator does. */
    private static void predictSamplesLikeTheHost(Path modelDir) throws Exception {
        FashionImageAdapter adapter = new FashionImageAdapter();
        // The portal's way: the adapter as the translator, samples stacked into one batch.
        Criteria<DemoInput, DemoResult> criteria = HostLikeModel.criteria(modelDir, adapter);
        List<DemoSample> samples = new ProductSortingCase().demo().samples();
        List<DemoInput> inputs = new ArrayList<>();
        for (DemoSample sample : samples) {
            try (InputStream in =
                    VerifySavedModelWithDjl.class.getClassLoader().getResourceAsStream(sample.resourcePath())) {
                inputs.add(new DemoInput.Image(ImageIO.read(in)));
            }
        }
        try (ZooModel<DemoInput, DemoResult> model = criteria.loadModel();
                Predictor<DemoInput, DemoResult> predictor = model.newPredictor()) {
            List<DemoResult> results = predictor.batchPredict(inputs);
            int right = 0;
            for (int i = 0; i < samples.size(); i++) {
                var top = ((DemoResult.Classification) results.get(i)).top();
                boolean ok = top.key().equals(samples.get(i).expected());
                right += ok ? 1 : 0;
                System.out.printf(
                        Locale.ROOT,
                        "sample %-11s -> %-11s %.3f %s%n",
                        samples.get(i).id(),
                        top.key(),
                        top.probability(),
                        ok ? "ok" : "WRONG");
            }
            System.out.printf("samples right: %d/%d%n", right, samples.size());

            // Batch-1 latency through the adapter, after a warm-up.
            long[] nanos = new long[200];
            for (int i = 0; i < 20; i++) {
                predictor.predict(inputs.get(i % inputs.size()));
            }
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                predictor.predict(inputs.get(i % inputs.size()));
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    Locale.ROOT,
                    "batch-1 latency with preprocessing: median %.2f ms, p95 %.2f ms%n",
                    nanos[nanos.length / 2] / 1e6,
                    nanos[nanos.length * 95 / 100] / 1e6);
        }
    }

    /** How many test images the adapter's "light border means photo on white" rule would invert (should be ~0). */
    private static void checkInversionRule(FashionMnist test) {
        int inverted = 0;
        int changed = 0;
        for (int i = 0; i < test.count(); i++) {
            BufferedImage image =
                    new BufferedImage(FashionImageAdapter.SIZE, FashionImageAdapter.SIZE, BufferedImage.TYPE_BYTE_GRAY);
            float[] expected = test.pixels(i);
            for (int p = 0; p < FashionImageAdapter.PIXELS; p++) {
                image.getRaster()
                        .setSample(
                                p % FashionImageAdapter.SIZE,
                                p / FashionImageAdapter.SIZE,
                                0,
                                Math.round(expected[p] * 255));
            }
            float[] seen = FashionImageAdapter.toModelPixels(image);
            if (GrayImages.hasLightBorder(expected, FashionImageAdapter.SIZE, FashionImageAdapter.SIZE)) {
                inverted++;
            }
            if (!Arrays.equals(seen, expected)) {
                changed++;
            }
        }
        System.out.printf(
                "test images the adapter would invert: %d; whose pixels it would change: %d (of %d)%n",
                inverted, changed, test.count());
    }
}
