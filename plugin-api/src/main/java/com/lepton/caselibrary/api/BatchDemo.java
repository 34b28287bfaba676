package com.lepton.caselibrary.api;

import java.util.List;
import java.util.Objects;

/**
 * A text classification demo that also takes a batch of posts (one per line, oldest first) and
 * turns it into a risk signal: the share of posts in the risk class and its trend across the batch.
 *
 * @param riskClass    the class key that counts as a warning post, one of the model's classes
 * @param warningShare the share of warning posts (0..1) at or above which the batch raises a warning
 * @param samples      shipped batches, UTF-8 text files with one post per line
 * @since 1.3.0
 */
public record BatchDemo(String riskClass, double warningShare, List<DemoSample> samples) {

    public BatchDemo {
        Objects.requireNonNull(riskClass, "riskClass");
        if (!(warningShare > 0 && warningShare <= 1)) {
            throw new IllegalArgumentException("warningShare must lie in (0, 1]");
        }
        samples = List.copyOf(samples);
    }
}
