package com.lepton.caselibrary.trainingkit;

/** Labelled 28x28 grayscale examples (MNIST and its kin), for {@link SeedCnn} and {@link PixelBaselines}. */
public interface ImageExamples extends LabelledExamples {

    /** Copies example {@code index}'s {@value SeedCnn#PIXELS} values in [0, 1], row by row, into {@code target} at {@code offset}. */
    void copyPixels(int index, float[] target, int offset);

    @Override
    default int length() {
        return SeedCnn.PIXELS;
    }

    @Override
    default void copy(int index, float[] target, int offset) {
        copyPixels(index, target, offset);
    }
}
