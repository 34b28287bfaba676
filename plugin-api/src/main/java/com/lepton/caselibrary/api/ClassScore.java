package com.lepton.caselibrary.api;

import java.util.Objects;

/**
 * The probability the model gives one class.
 *
 * @param key         the class's stable key, e.g. {@code sneaker}
 * @param label       the class's name for people
 * @param probability between 0 and 1
 */
public record ClassScore(String key, LocalizedText label, double probability) {

    public ClassScore {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must lie in [0, 1]: " + probability);
        }
    }
}
