package com.lepton.caselibrary.plugins.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.testkit.ShippedModel;
import java.io.InputStream;
import javax.imageio.ImageIO;
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
    void adapterMakesOneFloat32ExampleWithoutBatchDimension() throws Exception {
        try (NDManager manager = NDManager.newBaseManager("TensorFlow");
                InputStream in = getClass().getClassLoader().getResourceAsStream("samples/sneaker.png")) {
            NDList tensors = new FashionImageAdapter().toTensors(manager, new DemoInput.Image(ImageIO.read(in)));

            assertThat(tensors).hasSize(1);
            assertThat(tensors.get(0).getShape()).isEqualTo(new Shape(28, 28, 1));
            assertThat(tensors.get(0).getDataType()).isEqualTo(DataType.FLOAT32);
            assertThat(tensors.get(0).max().getFloat()).isLessThanOrEqualTo(1f);
            assertThat(tensors.get(0).min().getFloat()).isGreaterThanOrEqualTo(0f);
        }
    }
}
