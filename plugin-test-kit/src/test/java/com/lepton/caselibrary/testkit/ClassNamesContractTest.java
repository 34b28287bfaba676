package com.lepton.caselibrary.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A case's names for its model card's classes: every class, both languages, nothing the card lacks. */
class ClassNamesContractTest {

    private static final List<String> CLASSES = List.of("normal", "anomaly");
    /** What metrics such as {@code auroc.coat} and {@code f1.anomaly} are measured on. */
    private static final Set<String> GROUPS = Set.of("coat", "bag", "anomaly");

    @Test
    void namesOfEveryClassInBothLanguagesSuit() {
        Map<String, LocalizedText> names =
                Map.of("normal", LocalizedText.of("正常", "Normal"), "anomaly", LocalizedText.of("异常", "Anomaly"));

        assertThat(ClassNamesContract.problems(CLASSES, GROUPS, names)).isEmpty();
    }

    @Test
    void aMissingClassABlankEnglishNameAChineseNameWithoutChineseAndAStrayKeyAreEachNamed() {
        Map<String, LocalizedText> names = Map.of(
                "normal", LocalizedText.of("normal", " "),
                "anomalous", LocalizedText.of("异常", "Anomaly"));

        assertThat(ClassNamesContract.problems(CLASSES, GROUPS, names))
                .containsExactly(
                        "the name of class 'normal' is blank in English (en)",
                        "the name of class 'normal' in Chinese (zh) has no Chinese characters: 'normal'",
                        "classNames() gives no name for class 'anomaly' of the model card",
                        "classNames() names 'anomalous', which is neither among the model card's classLabels"
                                + " [normal, anomaly] nor a class or group a metric is measured on");
    }

    @Test
    void aGroupAMetricOrBaselineIsMeasuredOnMayBeNamedTooInBothLanguages() {
        Map<String, LocalizedText> names = Map.of(
                "normal", LocalizedText.of("正常", "Normal"),
                "anomaly", LocalizedText.of("异常", "Anomaly"),
                "coat", LocalizedText.of("外套", "Coat"),
                "bag", LocalizedText.of("bag", "Bag"),
                "auroc", LocalizedText.of("曲线下面积", "AUROC"));

        assertThat(ClassNamesContract.problems(CLASSES, GROUPS, names))
                .containsExactly(
                        "classNames() names 'auroc', which is neither among the model card's classLabels"
                                + " [normal, anomaly] nor a class or group a metric is measured on",
                        "the name of group 'bag' in Chinese (zh) has no Chinese characters: 'bag'");
    }
}
