package com.lepton.caselibrary.plugins.manufacturing;

import com.lepton.caselibrary.trainingkit.IdxReader;
import com.lepton.caselibrary.trainingkit.ImageExamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One split of Fashion-MNIST in memory: 28x28 gray images as bytes (a light object on black) and
 * their labels 0..9. Kept as bytes (47 MB for the training split) and scaled to [0, 1] per batch.
 *
 * @param images {@code count * 784} pixel bytes, image after image, row by row
 * @param labels {@code count} labels
 */
public record FashionMnist(byte[] images, byte[] labels) implements ImageExamples {

    /** File name prefix of the 60,000 training examples. */
    public static final String TRAIN = "train";
    /** File name prefix of the 10,000 test examples. */
    public static final String TEST = "t10k";

    public FashionMnist {
        if (images.length != labels.length * FashionImageAdapter.PIXELS) {
            throw new IllegalArgumentException(
                    "images and labels disagree: " + images.length + " bytes for " + labels.length + " labels");
        }
    }

    /** Reads {@code PREFIX-images-idx3-ubyte[.gz]} and {@code PREFIX-labels-idx1-ubyte[.gz]} from a directory. */
    public static FashionMnist load(Path directory, String prefix) throws IOException {
        IdxReader.IdxData images = IdxReader.read(find(directory, prefix + "-images-idx3-ubyte"));
        IdxReader.IdxData labels = IdxReader.read(find(directory, prefix + "-labels-idx1-ubyte"));
        if (images.itemSize() != FashionImageAdapter.PIXELS
                || images.count() != labels.count()
                || labels.itemSize() != 1) {
            throw new IOException("unexpected Fashion-MNIST shapes: images " + images + ", labels " + labels);
        }
        for (byte label : labels.data()) {
            if (label < 0 || label >= FashionClass.COUNT) {
                throw new IOException("label out of range: " + label);
            }
        }
        return new FashionMnist(images.data(), labels.data());
    }

    private static Path find(Path directory, String name) throws IOException {
        for (Path candidate : new Path[] {directory.resolve(name + ".gz"), directory.resolve(name)}) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("Fashion-MNIST file " + name + "[.gz] not found in " + directory
                + " (install the Debian package dataset-fashion-mnist)");
    }

    /** Number of examples. */
    public int count() {
        return labels.length;
    }

    /** The label of example {@code index}. */
    public int label(int index) {
        return labels[index];
    }

    /** Examples {@code from} (inclusive) to {@code to} (exclusive) as a new split. */
    public FashionMnist slice(int from, int to) {
        return new FashionMnist(
                Arrays.copyOfRange(images, from * FashionImageAdapter.PIXELS, to * FashionImageAdapter.PIXELS),
                Arrays.copyOfRange(labels, from, to));
    }

    /** Writes example {@code index}'s pixels, scaled to [0, 1], into {@code target} at {@code offset}. */
    public void copyPixels(int index, float[] target, int offset) {
        int start = index * FashionImageAdapter.PIXELS;
        for (int i = 0; i < FashionImageAdapter.PIXELS; i++) {
            target[offset + i] = (images[start + i] & 0xff) / 255f;
        }
    }

    /** Example {@code index}'s 784 pixels scaled to [0, 1], as the model sees them. */
    public float[] pixels(int index) {
        float[] pixels = new float[FashionImageAdapter.PIXELS];
        copyPixels(index, pixels, 0);
        return pixels;
    }
}
