package com.lepton.caselibrary.api;

import java.util.List;
import java.util.Objects;

/**
 * What a case's live demo accepts and answers.
 *
 * @param inputKind  what the visitor gives
 * @param outputKind what the model answers
 * @param samples    shipped inputs to try with one click
 * @param drawable   for image demos: visitors may also draw the input on a canvas (dark strokes on
 *                   light; the adapter must normalise such drawings). Since plugin-api 1.2.0.
 * @param batch      for text classification demos: the visitor may also paste a batch of posts and
 *                   get a risk signal; {@code null} when not offered. Since plugin-api 1.3.0.
 */
public record DemoDescription(
        InputKind inputKind, OutputKind outputKind, List<DemoSample> samples, boolean drawable, BatchDemo batch) {

    public DemoDescription {
        Objects.requireNonNull(inputKind, "inputKind");
        Objects.requireNonNull(outputKind, "outputKind");
        samples = List.copyOf(samples);
        if (drawable && inputKind != InputKind.IMAGE) {
            throw new IllegalArgumentException("only image demos can be drawn");
        }
        if (batch != null && (inputKind != InputKind.TEXT || outputKind != OutputKind.CLASSIFICATION)) {
            throw new IllegalArgumentException("only text classification demos take a batch of posts");
        }
    }

    /** A demo without a batch of posts, as before plugin-api 1.3.0. */
    public DemoDescription(InputKind inputKind, OutputKind outputKind, List<DemoSample> samples, boolean drawable) {
        this(inputKind, outputKind, samples, drawable, null);
    }

    /** A text classification demo that also takes a batch of posts. */
    public static DemoDescription textWithBatch(List<DemoSample> samples, BatchDemo batch) {
        return new DemoDescription(InputKind.TEXT, OutputKind.CLASSIFICATION, samples, false, batch);
    }

    /** A demo without a drawing canvas, as before plugin-api 1.2.0. */
    public DemoDescription(InputKind inputKind, OutputKind outputKind, List<DemoSample> samples) {
        this(inputKind, outputKind, samples, false, null);
    }
}
