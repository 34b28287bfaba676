package com.lepton.caselibrary.plugins.breastcancer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.testkit.Refusals;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FeatureAdapterTest {

    private final FeatureAdapter adapter = new FeatureAdapter();

    /** Data row 20 of breast_cancer.csv (benign). */
    static final double[] BENIGN_ROW = {
        13.54, 14.36, 87.46, 566.3, 0.09779, 0.08129, 0.06664, 0.04781, 0.1885, 0.05766, 0.2699, 0.7886, 2.058, 23.56,
        0.008462, 0.0146, 0.02387, 0.01315, 0.0198, 0.0023, 15.11, 19.26, 99.7, 711.2, 0.144, 0.1773, 0.239, 0.1288,
        0.2977, 0.07259
    };

    private static InvalidInputException refusal(double[] values) {
        return Refusals.refusal(() -> FeatureAdapter.features(values));
    }

    @Test
    void aRowOfThirtyMeasurementsIsTakenAsItIs() throws Exception {
        float[] features = FeatureAdapter.features(BENIGN_ROW);
        assertThat(features).hasSize(30);
        assertThat(features[3]).isEqualTo(566.3f);
    }

    @Test
    void emptyTooShortOrTooLongInputSaysHowManyValuesAreNeededInBothLanguages() {
        for (double[] values :
                new double[][] {new double[0], Arrays.copyOf(BENIGN_ROW, 29), Arrays.copyOf(BENIGN_ROW, 31)}) {
            InvalidInputException e = refusal(values);
            assertThat(e.userMessage().zh()).contains("30", String.valueOf(values.length));
            assertThat(e.userMessage().en()).contains("Exactly 30", "got " + values.length);
        }
    }

    @Test
    void nanNegativeAndImplausibleValuesAreRefusedNamingTheFeature() {
        double[] nan = BENIGN_ROW.clone();
        nan[4] = Double.NaN;
        assertThat(refusal(nan).userMessage().en()).contains("Value 5 (mean smoothness)", "NaN");

        double[] negative = BENIGN_ROW.clone();
        negative[0] = -1;
        assertThat(refusal(negative).userMessage().zh()).contains("第 1 个值", "半径均值");

        double[] missingDecimalPoint = BENIGN_ROW.clone();
        missingDecimalPoint[3] = 566300;
        assertThat(refusal(missingDecimalPoint).userMessage().en()).contains("mean area", "not between 0 and 7503");
    }

    @Test
    void picturesAndTextAreRefusedWithTheExpectedFormat() {
        for (DemoInput input : new DemoInput[] {
            new DemoInput.Image(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB)),
            new DemoInput.Text("\uFFFD\uFFFD not UTF-8")
        }) {
            assertThatThrownBy(() -> adapter.toTensors(null, input))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.userMessage().zh()).contains("30 个数值");
                        assertThat(e.userMessage().en()).contains("30 numbers");
                    });
        }
    }

    @Test
    void twoProbabilitiesBecomeADiagnosisInBothLanguages() {
        DemoResult.Classification result = FeatureAdapter.diagnose(new float[] {0.93f, 0.07f});
        assertThat(result.top().key()).isEqualTo("malignant");
        assertThat(result.top().label().zh()).isEqualTo("恶性");
        assertThat(result.heatmap()).isNull();
        assertThat(FeatureAdapter.diagnose(new float[] {Float.NaN, 1.0000001f})
                        .top()
                        .probability())
                .isEqualTo(1.0);
        assertThatThrownBy(() -> FeatureAdapter.diagnose(new float[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
