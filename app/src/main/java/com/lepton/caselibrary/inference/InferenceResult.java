package com.lepton.caselibrary.inference;

import com.lepton.caselibrary.api.DemoResult;

/**
 * A model's answer with where the time went.
 *
 * @param result    the plugin's result
 * @param queueMs   milliseconds from submission until the batch started
 * @param computeMs milliseconds the batch took (pre-processing, the model, post-processing)
 * @param batchSize how many requests shared the forward pass
 */
public record InferenceResult(DemoResult result, long queueMs, long computeMs, int batchSize) {}
