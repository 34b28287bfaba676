package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.inference.SampleTensors;

/**
 * What a demo run feeds the model.
 *
 * @param input   the decoded, checked input
 * @param tensors for a shipped sample, where the pool keeps its tensors after its first run; null for a visitor's
 *     own input, which the adapter turns into tensors every time
 */
public record RunInput(DemoInput input, SampleTensors tensors) {

    /** A visitor's own input (upload, drawing, series, message). */
    static RunInput of(DemoInput input) {
        return new RunInput(input, null);
    }
}
