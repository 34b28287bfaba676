package com.lepton.caselibrary.trainingkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * 28x28 grayscale images with class labels, as (Fashion-)MNIST ships them: one IDX file of
 * images and one of labels ({@code PREFIX-images-idx3-ubyte[.gz]}, {@code PREFIX-labels-idx1-ubyte[.gz]}).
 *
 * @param images {@code count * 784} unsigned bytes, row by row
 * @param labels one class per image
 */
public record LabelledImages(byte[] images, byte[] labels) implements ImageExamples {

    public LabelledImages {
        if (images.length != labels.length * SeedCnn.PIXELS) {
            throw new IllegalArgumentException(
                    "images and labels disagree: " + images.length + " bytes for " + labels.length + " labels");
        }
    }

    /** Reads the image and label files of {@code prefix} ({@code train}, {@code t10k}) from a directory. */
    public static LabelledImages load(Path directory, String prefix) throws IOException {
        IdxReader.IdxData images = IdxReader.read(find(directory, prefix + "-images-idx3-ubyte"));
        IdxReader.IdxData labels = IdxReader.read(find(directory, prefix + "-labels-idx1-ubyte"));
        if (images.itemSize() != SeedCnn.PIXELS || images.count() != labels.count() || labels.itemSize() != 1) {
            throw new IOException("unexpected image set shapes: images " + images + ", labels " + labels);
        }
        return new LabelledImages(images.data(), labels.data());
    }

    private static Path find(Path directory, String name) throws IOException {
        for (Path candidate : new Path[] {directory.resolve(name + ".gz"), directory.resolve(name)}) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("IDX file " + name + "[.gz] not found in " + directory);
    }

    @Override
    public int count() {
        return labels.length;
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public void copyPixels(int index, float[] target, int offset) {
        int start = index * SeedCnn.PIXELS;
        for (int i = 0; i < SeedCnn.PIXELS; i++) {
            target[offset + i] = (images[start + i] & 0xff) / 255f;
        }
    }

    /** Example {@code index}'s 784 values in [0, 1]. */
    public float[] pixels(int index) {
        float[] pixels = new float[SeedCnn.PIXELS];
        copyPixels(index, pixels, 0);
        return pixels;
    }

    /** Examples {@code from} (inclusive) to {@code to} (exclusive). */
    public LabelledImages slice(int from, int to) {
        return new LabelledImages(
                Arrays.copyOfRange(images, from * SeedCnn.PIXELS, to * SeedCnn.PIXELS),
                Arrays.copyOfRange(labels, from, to));
    }

    /** The examples of one class, in their order. */
    public LabelledImages ofClass(int label) {
        int[] indices =
                IntStream.range(0, count()).filter(i -> labels[i] == label).toArray();
        byte[] selectedImages = new byte[indices.length * SeedCnn.PIXELS];
        byte[] selectedLabels = new byte[indices.length];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(images, indices[k] * SeedCnn.PIXELS, selectedImages, k * SeedCnn.PIXELS, SeedCnn.PIXELS);
            selectedLabels[k] = labels[indices[k]];
        }
        return new LabelledImages(selectedImages, selectedLabels);
    }
}
