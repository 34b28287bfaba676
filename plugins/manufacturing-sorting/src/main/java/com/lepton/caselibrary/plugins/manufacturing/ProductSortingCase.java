package com.lepton.caselibrary.plugins.manufacturing;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudy;
import com.lepton.caselibrary.api.DataSource;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.DemoDescription;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.FineTuning;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.InputKind;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelDefinition;
import com.lepton.caselibrary.api.OutputKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Manufacturing case: a camera over the production line photographs each product and a CNN
 * decides which of ten product types it is, so the line can route it to the right bin.
 * Fashion-MNIST's ten clothing and footwear types stand in for the customer's product range.
 *
 * <p>Only plain data and the stateless adapter are created here; TensorFlow is touched only when
 * the host asks the trainer to train.
 */
@Extension
public final class ProductSortingCase extends CaseStudy {

    public static final String CASE_ID = "manufacturing-sorting";
    public static final String MODEL_NAME = "fashion-cnn";
    public static final String MODEL_VERSION = "1.0.0";
    /** The SavedModel directory inside the plugin jar. */
    public static final String MODEL_PATH = "model/fashion-cnn";

    private static final CaseDescriptor DESCRIPTOR = new CaseDescriptor(
            CASE_ID,
            Industry.MANUFACTURING,
            LocalizedText.of("生产线产品分拣", "Product sorting on a production line"),
            LocalizedText.of(
                    "卷积神经网络（CNN）根据生产线相机拍摄的 28×28 灰度图像识别十类产品，实现自动分拣；在 Fashion-MNIST 上训练。",
                    "A convolutional neural network (CNN) recognises ten product types from 28x28 grayscale camera images "
                            + "so the line can sort them automatically; trained on Fashion-MNIST."),
            List.of(
                    "manufacturing",
                    "sorting",
                    "production line",
                    "image classification",
                    "computer vision",
                    "CNN",
                    "Fashion-MNIST",
                    "制造业",
                    "分拣",
                    "生产线",
                    "图像分类",
                    "卷积神经网络"),
            AlgorithmFamily.CNN,
            DataType.IMAGE,
            new DataSource(
                    "Fashion-MNIST",
                    "Debian package dataset-fashion-mnist",
                    "MIT",
                    "https://github.com/zalandoresearch/fashion-mnist"));

    private static final ModelDefinition MODEL =
            ModelDefinition.shipped(MODEL_NAME, MODEL_VERSION, FashionImageAdapter.SIZE, FashionImageAdapter.SIZE, 1);

    /**
     * One sample per class, taken from the Fashion-MNIST test set (0-based index in the t10k files):
     * the first test image of each class. Saved as 28x28 8-bit grayscale PNGs.
     */
    private static final int[] SAMPLE_TEST_INDEX = {19, 2, 1, 13, 6, 8, 4, 9, 18, 0};

    private static final DemoDescription DEMO = new DemoDescription(
            InputKind.IMAGE,
            OutputKind.CLASSIFICATION,
            Arrays.stream(FashionClass.values()).map(ProductSortingCase::sample).toList());

    public ProductSortingCase() {
        super(DESCRIPTOR, MODEL, DEMO, new FashionImageAdapter(), FashionMnistTrainer::new);
    }

    /** Retrains the shipped CNN on a client's photographed products (needs plugin-api 1.5.0). */
    @Override
    public Optional<FineTuning> fineTuning() {
        return Optional.of(FashionFineTuning.create());
    }

    /** The test-set index the sample of a class was taken from. */
    static int sampleTestIndex(FashionClass fashionClass) {
        return SAMPLE_TEST_INDEX[fashionClass.ordinal()];
    }

    private static DemoSample sample(FashionClass fashionClass) {
        int index = sampleTestIndex(fashionClass);
        LocalizedText label = LocalizedText.of(
                fashionClass.label().zh() + "（测试集第 " + index + " 张）",
                fashionClass.label().en() + " (test image #" + index + ")");
        return DemoSample.shipped(fashionClass.key(), label, "png", fashionClass.key());
    }
}
