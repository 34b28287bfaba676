package com.lepton.caselibrary.plugins.breastcancer;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.Arrays;
import java.util.List;

/** The two classes, in the model's output order (the data file's target: 0 malignant, 1 benign). */
enum Diagnosis {
    MALIGNANT("malignant", "恶性", "Malignant"),
    BENIGN("benign", "良性", "Benign");

    private final String key;
    private final LocalizedText label;

    Diagnosis(String key, String zh, String en) {
        this.key = key;
        this.label = LocalizedText.of(zh, en);
    }

    String key() {
        return key;
    }

    LocalizedText label() {
        return label;
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(Diagnosis::key).toList();
    }
}
