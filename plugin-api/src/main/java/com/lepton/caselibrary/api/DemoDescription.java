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
 * @param seriesFields for series demos of a fixed length (tabular measurements): the name and a reference value of
 *                   each position, in order; empty when the series has no fixed fields. Since plugin-api 1.6.0.
 */
public record DemoDescription(
        InputKind inputKind,
        OutputKind outputKind,
        List<DemoSample> samples,
        boolean drawable,
        BatchDemo batch,
        List<SeriesField> seriesFields) {

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
        seriesFields = List.copyOf(seriesFields);
        if (!seriesFields.isEmpty() && inputKind != InputKind.SERIES) {
            throw new IllegalArgumentException("only series demos have series fields");
        }
    }

    /** A demo without named series fields, as before plugin-api 1.6.0. */
    public DemoDescription(
            InputKind inputKind, OutputKind outputKind, List<DemoSample> samples, boolean drawable, BatchDemo batch) {
        this(inputKind, outputKind, samples, drawable, batch, List.of());
    }

    /** This demo, whose series input has these named fields in order (since plugin-api 1.6.0). */
    public DemoDescription withSeriesFields(List<SeriesField> fields) {
        return new DemoDescription(inputKind, outputKind, samples, drawable, batch, fields);
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
