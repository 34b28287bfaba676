package com.lepton.caselibrary.plugins.lineanomaly;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudy;
import com.lepton.caselibrary.api.DataSource;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.DemoDescription;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.InputKind;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelDefinition;
import com.lepton.caselibrary.api.OutputKind;
import com.lepton.caselibrary.trainingkit.AnomalyClasses;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Manufacturing case (seed section 4.3): a camera watches one production line; an autoencoder
 * trained only on that line's normal products warns when a product's reconstruction error passes
 * a threshold set on validation data, and shows where the product differs. The sneaker class of
 * Fashion-MNIST is the line; the other nine classes play the abnormal products.
 */
@Extension
public final class LineAnomalyCase extends CaseStudy {

    public static final String CASE_ID = "manufacturing-line-anomaly";
    public static final String MODEL_NAME = "line-autoencoder";
    public static final String MODEL_VERSION = "1.0.0";
    public static final String MODEL_PATH = "model/line-autoencoder";
    /** The line the shipped model watches. */
    static final Garment LINE = Garment.SNEAKER;

    private static final CaseDescriptor DESCRIPTOR = new CaseDescriptor(
            CASE_ID,
            Industry.MANUFACTURING,
            LocalizedText.of("生产线异常预警", "Production-line anomaly warning"),
            LocalizedText.of(
                    "卷积自编码器只用一条生产线的正常产品图像训练；重建误差超过验证集上设定的阈值即发出预警，并用误差图标出产品异常之处。",
                    "A convolutional autoencoder trained only on images of one line's normal products warns when the "
                            + "reconstruction error passes a threshold set on validation data, and maps where the product differs."),
            List.of(
                    "manufacturing",
                    "anomaly detection",
                    "quality inspection",
                    "autoencoder",
                    "production line",
                    "CNN",
                    "Fashion-MNIST",
                    "制造业",
                    "异常检测",
                    "质量检测",
                    "自编码器",
                    "生产线"),
            AlgorithmFamily.CNN,
            DataType.IMAGE,
            new DataSource(
                    "Fashion-MNIST",
                    "Debian package dataset-fashion-mnist",
                    "MIT",
                    "https://github.com/zalandoresearch/fashion-mnist"));

    private static final ModelDefinition MODEL =
            ModelDefinition.shipped(MODEL_NAME, MODEL_VERSION, ConvAutoencoder.SIZE, ConvAutoencoder.SIZE, 1);

    private static final DemoDescription DEMO = new DemoDescription(
            InputKind.IMAGE,
            OutputKind.CLASSIFICATION,
            List.of(
                    sample("sneaker-a", "正常：运动鞋（测试集第 9 张）", "Normal: sneaker (test image #9)", "normal"),
                    sample("sneaker-b", "正常：运动鞋（测试集第 12 张）", "Normal: sneaker (test image #12)", "normal"),
                    sample("sandal", "异常：凉鞋（测试集第 11 张）", "Abnormal: sandal (test image #11)", "anomaly"),
                    sample("ankle-boot", "异常：短靴（测试集第 23 张）", "Abnormal: ankle boot (test image #23)", "anomaly"),
                    sample("bag", "异常：包（测试集第 18 张）", "Abnormal: bag (test image #18)", "anomaly"),
                    sample("tshirt", "异常：T 恤（测试集第 19 张）", "Abnormal: T-shirt (test image #19)", "anomaly")),
            true);

    /** Test-set indices of the samples above, in the same order (written by the training runner). */
    static final int[] SAMPLE_TEST_INDEX = {9, 12, 11, 23, 18, 19};

    public LineAnomalyCase() {
        super(DESCRIPTOR, MODEL, DEMO, new LineImageAdapter(), LineAnomalyTrainer::new);
    }

    /**
     * The card's classes (the adapter's warning carries an error map too, so the portal cannot probe it for names), and
     * the product types its per-line metrics ({@code auroc.coat}) are measured on.
     */
    @Override
    public Map<String, LocalizedText> classNames() {
        Map<String, LocalizedText> names = new LinkedHashMap<>(AnomalyClasses.NAMES);
        for (Garment garment : Garment.values()) {
            names.put(garment.key(), garment.label());
        }
        return Collections.unmodifiableMap(names);
    }

    private static DemoSample sample(String id, String zh, String en, String expected) {
        return DemoSample.shipped(id, LocalizedText.of(zh, en), "png", expected);
    }
}
