package com.lepton.caselibrary.inference;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A served model's inputs and outputs as the Open Inference Protocol describes them; {@code -1}
 * stands for a variable dimension, the first one being the batch.
 *
 * @param inputs  the input tensors, in the order the model takes them
 * @param outputs the output tensors, in the order the model gives them
 */
public record ModelSignature(List<Tensor> inputs, List<Tensor> outputs) {

    public ModelSignature {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /**
     * One tensor of the signature.
     *
     * @param name     its name in the SavedModel's serving signature
     * @param datatype the protocol's datatype ({@code FP32}, {@code INT32}, ...)
     * @param shape    its dimensions with the batch first, {@code -1} where variable
     */
    public record Tensor(String name, String datatype, long[] shape) {

        /** The dimensions of one example, without the batch. */
        public long[] exampleShape() {
            return Arrays.copyOfRange(shape, 1, shape.length);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Tensor that
                    && name.equals(that.name)
                    && datatype.equals(that.datatype)
                    && Arrays.equals(shape, that.shape);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, datatype, Arrays.hashCode(shape));
        }

        @Override
        public String toString() {
            return name + " " + datatype + " " + Arrays.toString(shape);
        }
    }
}
