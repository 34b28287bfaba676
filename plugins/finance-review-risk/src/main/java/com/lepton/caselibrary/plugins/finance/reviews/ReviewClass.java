package com.lepton.caselibrary.plugins.finance.reviews;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.Arrays;
import java.util.List;

/** The two classes of the fine-food data's {@code score} column, in the model's output order. */
enum ReviewClass {
    /** Five stars. */
    GREAT("great", LocalizedText.of("五星好评", "Five stars (great)")),
    /** One to four stars: the customer was less than delighted, the warning class. */
    OTHER("other", LocalizedText.of("低于五星（预警）", "Below five stars (warning)"));

    static final int COUNT = values().length;

    private final String key;
    private final LocalizedText label;

    ReviewClass(String key, LocalizedText label) {
        this.key = key;
        this.label = label;
    }

    String key() {
        return key;
    }

    LocalizedText label() {
        return label;
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(ReviewClass::key).toList();
    }

    /** The class whose key is {@code key}, as the data's score column writes it. */
    static ReviewClass ofKey(String key) {
        return Arrays.stream(values())
                .filter(c -> c.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown score '" + key + "'"));
    }
}
