package com.lepton.caselibrary.api;

import java.util.List;
import java.util.Objects;

/**
 * What a case's live demo accepts and answers.
 *
 * @param inputKind  what the visitor gives
 * @param outputKind what the model answers
 * @param samples    shipped inputs to try with one click
 */
public record DemoDescription(InputKind inputKind, OutputKind outputKind, List<DemoSample> samples) {

    public DemoDescription {
        Objects.requireNonNull(inputKind, "inputKind");
        Objects.requireNonNull(outputKind, "outputKind");
        samples = List.copyOf(samples);
    }
}
