package com.lepton.caselibrary.inference;

import com.lepton.caselibrary.api.DemoResult;

/**
 * A model's answer with where the time went.
 *
 * @param result    the plugin's result
 * @param queueMs   milliseconds spent waiting for a free predictor
 * @param computeMs milliseconds spent in pre-processing, the model and post-processing
 */
public record InferenceResult(DemoResult result, long queueMs, long computeMs) {
}
