package com.lepton.caselibrary.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A case's names for its model card's classes: every class, both languages, nothing the card lacks. */
class ClassNamesContractTest {

    private static final List<String> CLASSES = List.of("normal", "anomaly");

    @Test
    void namesOfEveryClassInBothLanguagesSuit() {
        Map<String, LocalizedText> names =
                Map.of("normal", LocalizedText.of("正常", "Normal"), "anomaly", LocalizedText.of("异常", "Anomaly"));

        assertThat(ClassNamesContract.problems(CLASSES, names)).isEmpty();
    }

    @Test
    void aMissingClassABlankEnglishNameAChineseNameWithoutChineseAndAStrayKeyAreEachNamed() {
        Map<String, LocalizedText> names = Map.of(
                "normal", LocalizedText.of("normal", " "),
                "anomalous", LocalizedText.of("异常", "Anomaly"));

        assertThat(ClassNamesContract.problems(CLASSES, names))
                .containsExactly(
                        "the name of class 'normal' is blank in English (en)",
                        "the name of class 'normal' in Chinese (zh) has no Chinese characters: 'normal'",
                        "classNames() gives no name for class 'anomaly' of the model card",
                        "classNames() names 'anomalous', which is not among the model card's classLabels [normal,"
                                + " anomaly]");
    }
}
