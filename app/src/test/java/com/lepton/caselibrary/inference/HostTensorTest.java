package com.lepton.caselibrary.inference;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tensors copied out of the engine come back bit for bit, each with its own type, shape and name. */
class HostTensorTest {

    @Test
    void everyNumericTypeComesBackBitForBit() {
        try (NDManager manager = NDManager.newBaseManager(InferencePool.ENGINE)) {
            NDArray floats =
                    manager.create(new float[] {0.1f, -0f, Float.MIN_VALUE, Float.NaN, 1e30f, 7}, new Shape(2, 3));
            floats.setName("pixels");
            NDList made = new NDList(
                    floats,
                    manager.create(new double[] {Math.PI, -1e-300}),
                    manager.create(new int[] {Integer.MIN_VALUE, 0, 42}, new Shape(3, 1)),
                    manager.create(new long[] {(1L << 60) + 1, -3}),
                    manager.create(new byte[] {-128, 0, 127}),
                    manager.create(new boolean[] {true, false, true}),
                    manager.create(new int[] {200, 7}).toType(DataType.UINT8, false));

            List<HostTensor> kept = HostTensor.copyAll(made);
            NDList again = HostTensor.toArrays(kept, manager);

            assertThat(again).hasSameSizeAs(made);
            for (int i = 0; i < made.size(); i++) {
                NDArray expected = made.get(i);
                NDArray actual = again.get(i);
                assertThat(actual.getDataType()).as("type of %d", i).isEqualTo(expected.getDataType());
                assertThat(actual.getShape()).as("shape of %d", i).isEqualTo(expected.getShape());
                assertThat(actual.getName()).as("name of %d", i).isEqualTo(expected.getName());
                assertThat(actual.toByteArray()).as("bytes of %d", i).isEqualTo(expected.toByteArray());
            }
            assertThat(HostTensor.copyAll(again)).isEqualTo(kept);
        }
    }

    @Test
    void stringsAreNotCopied() {
        try (NDManager manager = NDManager.newBaseManager(InferencePool.ENGINE)) {
            NDList made = new NDList(manager.create(new float[] {1}), manager.create(new String[] {"a", "b"}));
            assertThat(HostTensor.copyAll(made)).isNull();
        }
    }
}
