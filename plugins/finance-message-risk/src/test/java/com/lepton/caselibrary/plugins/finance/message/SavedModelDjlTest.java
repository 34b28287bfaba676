package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.testkit.ShippedModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adapter's tensors as DJL's TensorFlow engine gets them from the portal; the shipped samples
 * through the model are {@link ShippedSamplesTest}.
 */
class SavedModelDjlTest {

    @BeforeAll
    static void loadTensorFlow() {
        ShippedModel.startTensorFlow();
    }

    @Test
    void adapterMakesOneInt32ExampleWithoutBatchDimension() throws Exception {
        try (NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            NDList tensors =
                    new MessageTextAdapter().toTensors(manager, new DemoInput.Text("Verify your account now!"));

            assertThat(tensors).hasSize(1);
            assertThat(tensors.get(0).getShape()).isEqualTo(new Shape(200));
            assertThat(tensors.get(0).getDataType()).isEqualTo(DataType.INT32);
            assertThat(tensors.get(0).toIntArray()[5]).isEqualTo(Vocabulary.PAD_ID);
        }
    }
}
