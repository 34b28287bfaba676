package com.lepton.caselibrary.api;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * Turns raw demo input into the model's tensors and the model's tensors into a result.
 *
 * <p>Both methods work on one example without the batch dimension: the host stacks examples
 * from several visitors into one batch. Implementations must be stateless and thread-safe, and
 * {@link #toTensors} must give the same tensors for the same input: the host keeps the tensors of
 * a shipped sample from its first run and feeds them to the model on later runs.
 */
public interface DataAdapter {

    /**
     * Turns one input into the model's input tensors for one example.
     *
     * @param manager allocates the tensors; the host closes it
     * @param input   the decoded, size-checked input
     * @return the input tensors, in the order of the model's signature
     * @throws InvalidInputException when the input does not suit this model (a message the visitor can act on)
     */
    NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException;

    /**
     * Turns the model's output tensors for one example into a result.
     *
     * @param output the output tensors, in the order of the model's signature
     * @return the result to show
     */
    DemoResult toResult(NDList output);
}
