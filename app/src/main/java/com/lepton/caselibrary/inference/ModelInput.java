package com.lepton.caselibrary.inference;

import com.lepton.caselibrary.api.DemoInput;
import java.util.List;

/** What one queued request feeds a model: a demo input for the plugin's adapter, or raw tensors. */
sealed interface ModelInput {

    /**
     * A visitor's input, turned into tensors by the plugin's adapter.
     *
     * @param withTensors whether the raw output tensors are wanted too (the warm-up reads the signature from them)
     * @param sample      for a shipped sample, where its tensors are kept after its first run (else null)
     */
    record Demo(DemoInput input, boolean withTensors, SampleTensors sample) implements ModelInput {

        Demo(DemoInput input) {
            this(input, false, null);
        }

        Demo(DemoInput input, boolean withTensors) {
            this(input, withTensors, null);
        }

        Demo(DemoInput input, SampleTensors sample) {
            this(input, false, sample);
        }
    }

    /** Tensors of one example (no batch dimension), as a protocol client sends them. */
    record Tensors(List<TensorData> tensors) implements ModelInput {}
}
