package com.lepton.caselibrary.api;

import java.util.Objects;

/**
 * One of the client's examples, decoded and checked by the host like a demo input, with its class key
 * (since plugin-api 1.5.0).
 *
 * @param input the decoded input (an image, a text or a series)
 * @param label one of {@link FineTuning#classes()}
 * @since 1.5.0
 */
public record LabelledExample(DemoInput input, String label) {

    public LabelledExample {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(label, "label");
    }
}
