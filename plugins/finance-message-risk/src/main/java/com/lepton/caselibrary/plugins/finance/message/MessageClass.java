package com.lepton.caselibrary.plugins.finance.message;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.Arrays;
import java.util.List;

/**
 * The two classes, in the model's output order (output 0 is {@link #HAM}).
 *
 * <p>The trainer, the adapter and the model card all read the order from here, so it cannot drift
 * between training and serving. The corpus does not mark phishing separately: it is part of spam.
 */
public enum MessageClass {
    HAM("ham", "正常", "Legitimate"),
    SPAM("spam", "垃圾/钓鱼", "Spam / phishing");

    /** Number of classes the model outputs. */
    public static final int COUNT = values().length;

    private final String key;
    private final LocalizedText label;

    MessageClass(String key, String zh, String en) {
        this.key = key;
        this.label = LocalizedText.of(zh, en);
    }

    /** Stable key, used in the demo result, the samples and the model card. */
    public String key() {
        return key;
    }

    /** Name for people. */
    public LocalizedText label() {
        return label;
    }

    /** All keys in model order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(MessageClass::key).toList();
    }
}
