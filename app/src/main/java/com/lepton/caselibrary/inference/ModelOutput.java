package com.lepton.caselibrary.inference;

import com.lepton.caselibrary.api.DemoResult;
import java.util.List;

/**
 * A model's output for one example: the raw tensors, and the plugin's result made from them
 * (or why the adapter could not make one). Inside a batch the translator cannot tell which kind
 * of request an example came from, so it makes both; both are small.
 */
record ModelOutput(List<TensorData> tensors, DemoResult result, RuntimeException resultError) {

    DemoResult demoResult() {
        if (resultError != null) {
            throw resultError;
        }
        return result;
    }
}
