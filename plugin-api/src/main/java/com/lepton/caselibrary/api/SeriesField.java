package com.lepton.caselibrary.api;

import java.util.Objects;

/**
 * One named value of a fixed-length series input, e.g. one measurement of a tabular case (since plugin-api 1.6.0).
 * The host labels the values with it and explains a classification by replacing one value at a time with its
 * reference and measuring how much the evidence for the chosen class falls.
 *
 * @param label     the value's name in both languages
 * @param reference a typical value that stands for "nothing unusual here", e.g. the training data's median; the
 *                  adapter must accept it
 * @since 1.6.0
 */
public record SeriesField(LocalizedText label, double reference) {

    public SeriesField {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(reference)) {
            throw new IllegalArgumentException("the reference of " + label.en() + " must be a finite number");
        }
    }
}
