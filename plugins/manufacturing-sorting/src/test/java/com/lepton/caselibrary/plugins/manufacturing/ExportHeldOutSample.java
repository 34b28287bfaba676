package com.lepton.caselibrary.plugins.manufacturing;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Dev runner: writes the committed held-out sample that {@link ShippedModelHeldOutTest} re-evaluates
 * the shipped model on: the first {@value #PER_CLASS} images of each class from the Fashion-MNIST
 * TEST split (MIT licence), in test-file order, as gzipped IDX files
 * {@code heldout-images-idx3-ubyte.gz} and {@code heldout-labels-idx1-ubyte.gz}, so that
 * {@link FashionMnist#load} reads them like the real data set.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:~/.m2/repository/com/lepton/caselibrary/plugin-api/0.1.0-SNAPSHOT/plugin-api-0.1.0-SNAPSHOT.jar com.lepton.caselibrary.plugins.manufacturing.ExportHeldOutSample \
 *     /usr/share/datasets/fashion-mnist src/test/resources/heldout
 * </pre>
 */
public final class ExportHeldOutSample {

    static final int PER_CLASS = 50;

    private ExportHeldOutSample() {}

    public static void main(String[] args) throws Exception {
        FashionMnist test = FashionMnist.load(Path.of(args[0]), FashionMnist.TEST);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        int total = PER_CLASS * FashionClass.COUNT;
        byte[] images = new byte[total * FashionImageAdapter.PIXELS];
        byte[] labels = new byte[total];
        int[] taken = new int[FashionClass.COUNT];
        int n = 0;
        for (int i = 0; i < test.count() && n < total; i++) {
            int label = test.label(i);
            if (taken[label] < PER_CLASS) {
                taken[label]++;
                System.arraycopy(
                        test.images(),
                        i * FashionImageAdapter.PIXELS,
                        images,
                        n * FashionImageAdapter.PIXELS,
                        FashionImageAdapter.PIXELS);
                labels[n++] = (byte) label;
            }
        }
        write(
                target.resolve("heldout-images-idx3-ubyte.gz"),
                new int[] {total, FashionImageAdapter.SIZE, FashionImageAdapter.SIZE},
                images);
        write(target.resolve("heldout-labels-idx1-ubyte.gz"), new int[] {total}, labels);
        System.out.println(total + " test images written to " + target);
    }

    private static void write(Path file, int[] dimensions, byte[] data) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw, 1 << 16) {
                    {
                        def.setLevel(Deflater.BEST_COMPRESSION);
                    }
                })) {
            out.writeInt(0x0800 | dimensions.length);
            for (int dimension : dimensions) {
                out.writeInt(dimension);
            }
            out.write(data);
        }
    }
}
