package com.lepton.caselibrary.plugins.breastcancer;

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
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * Healthcare case (seed section 6.3, diagnosis): a small neural network tells a malignant from a
 * benign breast mass from 30 measurements of cell nuclei. The measurements were computed from
 * digitized images of fine-needle aspirates; the model reads the measurements, never an image.
 */
@Extension
public final class BreastCancerCase extends CaseStudy {

    public static final String CASE_ID = "healthcare-breast-cancer-diagnosis";
    public static final String MODEL_NAME = "wdbc-mlp";
    public static final String MODEL_VERSION = "1.0.0";
    public static final String MODEL_PATH = "model/wdbc-mlp";

    /** Rows of breast_cancer.csv (from 1, after its header line) the samples were taken from: all in the test split. */
    static final int[] SAMPLE_ROWS = {3, 5, 20, 21};

    private static final CaseDescriptor DESCRIPTOR = new CaseDescriptor(
            CASE_ID,
            Industry.HEALTHCARE,
            LocalizedText.of("乳腺肿块良恶性辅助诊断", "Breast mass diagnosis support"),
            LocalizedText.of(
                    "多层感知机（MLP）根据细针穿刺样本数字化图像中测得的 30 项细胞核指标判断乳腺肿块为良性或恶性；模型输入是测量值，不是图像。",
                    "A multilayer perceptron (MLP) tells benign from malignant breast masses from 30 cell-nucleus "
                            + "measurements taken from digitized images of fine-needle aspirates; it reads the measurements, not images."),
            List.of(
                    "healthcare",
                    "diagnosis",
                    "breast cancer",
                    "fine-needle aspirate",
                    "MLP",
                    "sensitivity",
                    "specificity",
                    "医疗",
                    "辅助诊断",
                    "乳腺癌",
                    "细针穿刺",
                    "多层感知机"),
            AlgorithmFamily.MLP,
            DataType.TABULAR,
            new DataSource(
                    "Breast Cancer Wisconsin (Diagnostic)",
                    "UCI Machine Learning Repository (Wolberg, Street, Mangasarian), as shipped by scikit-learn in Debian package python3-sklearn",
                    "CC BY 4.0",
                    "https://archive.ics.uci.edu/dataset/17/breast+cancer+wisconsin+diagnostic"));

    private static final ModelDefinition MODEL = ModelDefinition.shipped(MODEL_NAME, MODEL_VERSION, Feature.COUNT);

    private static final DemoDescription DEMO = new DemoDescription(
                    InputKind.SERIES,
                    OutputKind.CLASSIFICATION,
                    List.of(
                            sample("malignant-1", SAMPLE_ROWS[0], Diagnosis.MALIGNANT),
                            sample("malignant-2", SAMPLE_ROWS[1], Diagnosis.MALIGNANT),
                            sample("benign-1", SAMPLE_ROWS[2], Diagnosis.BENIGN),
                            sample("benign-2", SAMPLE_ROWS[3], Diagnosis.BENIGN)))
            .withSeriesFields(Feature.seriesFields());

    public BreastCancerCase() {
        super(DESCRIPTOR, MODEL, DEMO, new FeatureAdapter(), BreastCancerTrainer::new);
    }

    private static DemoSample sample(String id, int row, Diagnosis truth) {
        LocalizedText label = LocalizedText.of(
                "测试集病例（数据第 " + row + " 行，病理结果：" + truth.label().zh() + "）",
                "Test case (data row " + row + ", pathology: "
                        + truth.label().en().toLowerCase(Locale.ROOT) + ")");
        return DemoSample.shipped(id, label, "csv", truth.key());
    }
}
