package com.lepton.caselibrary.plugins.healthcare;

import com.lepton.caselibrary.trainingkit.LabelledExamples;
import java.util.Random;

/**
 * A balanced set of generated beats, z-normalised as the model reads them. Example {@code i} has
 * class {@code i mod 4}; all examples come, in order, from one {@link Random} seeded with the
 * split's seed, so a split is the same on every machine and the splits share no generator state.
 */
public final class BeatDataset implements LabelledExamples {

    /** Seeds of the splits, fixed so the test set stays the same whatever the training seed. */
    public static final long TRAIN_SEED = 1_001;

    public static final long VALIDATION_SEED = 2_002;
    public static final long TEST_SEED = 3_003;
    /** The held-out seed the demo samples come from: the first beat of each class. */
    public static final long SAMPLE_SEED = 4_004;

    private final float[] windows;
    private final int[] labels;

    private BeatDataset(float[] windows, int[] labels) {
        this.windows = windows;
        this.labels = labels;
    }

    /** Generates {@code count} beats from {@code seed}, classes in turn. */
    public static BeatDataset generate(long seed, int count) {
        Random random = new Random(seed);
        float[] windows = new float[count * BeatGenerator.WINDOW];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            BeatClass label = BeatClass.values()[i % BeatClass.COUNT];
            BeatGenerator.SyntheticBeat beat = BeatGenerator.generate(label, random);
            float[] normalised = Signals.zNormalise(beat.window());
            System.arraycopy(normalised, 0, windows, i * BeatGenerator.WINDOW, BeatGenerator.WINDOW);
            labels[i] = label.ordinal();
        }
        return new BeatDataset(windows, labels);
    }

    @Override
    public int count() {
        return labels.length;
    }

    @Override
    public int label(int i) {
        return labels[i];
    }

    @Override
    public int length() {
        return BeatGenerator.WINDOW;
    }

    /** Copies example {@code i}'s 250 values into {@code into} at {@code offset}. */
    @Override
    public void copy(int i, float[] into, int offset) {
        System.arraycopy(windows, i * BeatGenerator.WINDOW, into, offset, BeatGenerator.WINDOW);
    }

    /** A copy of example {@code i}'s window. */
    public float[] window(int i) {
        float[] window = new float[BeatGenerator.WINDOW];
        copy(i, window, 0);
        return window;
    }
}
