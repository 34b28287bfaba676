package com.lepton.caselibrary.plugins.lineanomaly;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import com.lepton.caselibrary.trainingkit.LabelledImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;

/**
 * Dev runner: trains as the host's {@code train --case manufacturing-line-anomaly} would, writes
 * the SavedModel and card into the resources, the demo samples (test images) and the committed
 * held-out sample (the first 100 test images of the line and the first 300 others).
 *
 * <pre>
 * ./mvnw -B -pl plugins/manufacturing-line-anomaly -am test-compile exec:exec@train [-Depochs=20] [-Dseed=42]
 * </pre>
 */
public final class TrainLineAutoencoder {

    static final int HELD_OUT_NORMAL = 100;
    static final int HELD_OUT_ANOMALIES = 300;

    private TrainLineAutoencoder() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path src = Path.of(args[2]);
        ModelCard card = new LineAnomalyTrainer()
                .train(new TrainingContext(
                        data, output, Long.getLong("seed", 42), Integer.getInteger("epochs", 0), System.out));
        Files.writeString(output.resolve("model-card.json"), ModelCardJson.write(card), StandardCharsets.UTF_8);

        LabelledImages test = LabelledImages.load(data, "t10k");
        var samples = new LineAnomalyCase().demo().samples();
        for (int i = 0; i < samples.size(); i++) {
            writePng(
                    test.images(),
                    LineAnomalyCase.SAMPLE_TEST_INDEX[i],
                    src.resolve("main/resources/" + samples.get(i).resourcePath()));
        }
        writeHeldOut(test, src.resolve("test/resources/heldout"));
        System.out.println("model card: " + output.resolve("model-card.json"));
    }

    public static void writePng(byte[] images, int index, Path file) throws IOException {
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                int v = images[index * 784 + y * 28 + x] & 0xff;
                image.getRaster().setSample(x, y, 0, v);
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static void writeHeldOut(LabelledImages test, Path directory) throws IOException {
        int line = LineAnomalyCase.LINE.ordinal();
        ByteArrayOutputStream images = new ByteArrayOutputStream();
        ByteArrayOutputStream labels = new ByteArrayOutputStream();
        int normal = 0;
        int anomalies = 0;
        for (int i = 0; i < test.count() && (normal < HELD_OUT_NORMAL || anomalies < HELD_OUT_ANOMALIES); i++) {
            boolean isNormal = test.label(i) == line;
            if (isNormal ? normal++ < HELD_OUT_NORMAL : anomalies++ < HELD_OUT_ANOMALIES) {
                images.write(test.images(), i * 784, 784);
                labels.write(test.label(i));
            }
        }
        Files.createDirectories(directory);
        int count = labels.size();
        writeIdx(directory.resolve("heldout-images-idx3-ubyte.gz"), new int[] {count, 28, 28}, images.toByteArray());
        writeIdx(directory.resolve("heldout-labels-idx1-ubyte.gz"), new int[] {count}, labels.toByteArray());
    }

    private static void writeIdx(Path file, int[] dimensions, byte[] data) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw))) {
            out.writeInt(0x0800 | dimensions.length);
            for (int dimension : dimensions) {
                out.writeInt(dimension);
            }
            out.write(data);
        }
    }
}
