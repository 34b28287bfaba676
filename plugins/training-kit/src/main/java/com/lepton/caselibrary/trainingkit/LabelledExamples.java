package com.lepton.caselibrary.trainingkit;

/** Labelled examples of one fixed length (images, signal windows), as batched training and evaluation copy them. */
public interface LabelledExamples {

    int count();

    /** The class of example {@code index}, from 0. */
    int label(int index);

    /** Values per example. */
    int length();

    /** Copies example {@code index}'s {@link #length()} values into {@code target} at {@code offset}. */
    void copy(int index, float[] target, int offset);
}
