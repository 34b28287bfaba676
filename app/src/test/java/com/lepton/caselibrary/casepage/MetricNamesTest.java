package com.lepton.caselibrary.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.i18n.Languages;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricNamesTest {

    @Test
    void translatedNamesInBothLanguagesKeepTheClassAfterTheDot() {
        assertThat(MetricNames.metric("recall.coat", Languages.ENGLISH)).isEqualTo("Recall · coat");
        assertThat(MetricNames.metric("recall.coat", Languages.CHINESE)).isEqualTo("召回率 · coat");
        assertThat(MetricNames.metric("macroF1", Languages.CHINESE)).isEqualTo("宏平均 F1");
        assertThat(MetricNames.baseline("lastVisitLogisticRegression", Languages.CHINESE))
                .isEqualTo("末次就诊逻辑回归");
    }

    @Test
    void aClassTheCaseNamesIsShownByItsNameInTheReadersLanguage() {
        Map<String, LocalizedText> names = Map.of("anomaly", LocalizedText.of("异常", "Anomaly"));
        assertThat(MetricNames.metric("f1.anomaly", names, Languages.ENGLISH)).isEqualTo("F1 · Anomaly");
        assertThat(MetricNames.metric("precision.anomaly", names, Languages.CHINESE))
                .isEqualTo("精确率 · 异常");
        assertThat(MetricNames.metric("auroc.coat", names, Languages.CHINESE)).isEqualTo("AUROC · coat");
        assertThat(MetricNames.metric("accuracy", names, Languages.CHINESE)).isEqualTo("准确率");
    }

    @Test
    void anUntranslatedNameIsSplitIntoWordsSoThatItWraps() {
        assertThat(MetricNames.metric("meanReconstructionError", Languages.ENGLISH))
                .isEqualTo("mean reconstruction error");
        assertThat(MetricNames.baseline("movingAverage7", Languages.ENGLISH)).isEqualTo("moving average 7");
        assertThat(MetricNames.split("auroc")).isEqualTo("auroc");
    }

    @Test
    void aBaselinesFigureNamesTheBaselineAndTheMetricWithItsClass() {
        Map<String, LocalizedText> names = Map.of("coat", LocalizedText.of("外套", "Coat"));

        assertThat(MetricNames.baselineMetric("centroidDistance.auroc.coat", names, Languages.ENGLISH))
                .isEqualTo("Distance to centroid: AUROC · Coat");
        assertThat(MetricNames.baselineMetric("centroidDistance.auroc.coat", names, Languages.CHINESE))
                .isEqualTo("到质心的距离：AUROC · 外套");
    }
}
