package com.lepton.caselibrary.trainingkit;

/**
 * Reusable buffers for one mini-batch of windowed regression examples: each example is {@code stride}
 * consecutive inputs of a flat array and one target. The series trainers fill it from the indices that
 * {@link EpochLoop} hands them instead of each copying rows by hand.
 */
public final class RegressionBatch {

    private final float[] inputs;
    private final float[] targets;
    private final int stride;
    private final float[] batchInputs;
    private final float[] batchTargets;

    /** Batches of at most {@code batchSize} rows of {@code inputs} (rows of {@code stride}) and {@code targets}. */
    public RegressionBatch(float[] inputs, float[] targets, int stride, int batchSize) {
        if (stride < 1 || batchSize < 1 || inputs.length != targets.length * stride) {
            throw new IllegalArgumentException("inputs must hold one row of " + stride + " per target");
        }
        this.inputs = inputs;
        this.targets = targets;
        this.stride = stride;
        this.batchInputs = new float[batchSize * stride];
        this.batchTargets = new float[batchSize];
    }

    /** Copies the examples with these indices to the front of the buffers; returns how many. */
    public int fill(int[] batch) {
        for (int i = 0; i < batch.length; i++) {
            System.arraycopy(inputs, batch[i] * stride, batchInputs, i * stride, stride);
            batchTargets[i] = targets[batch[i]];
        }
        return batch.length;
    }

    /** The batch's inputs, {@link #fill filled} rows first. */
    public float[] inputs() {
        return batchInputs;
    }

    /** The batch's targets, {@link #fill filled} rows first. */
    public float[] targets() {
        return batchTargets;
    }
}
