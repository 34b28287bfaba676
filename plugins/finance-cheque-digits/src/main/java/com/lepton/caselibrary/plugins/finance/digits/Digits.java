package com.lepton.caselibrary.plugins.finance.digits;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.List;
import java.util.stream.IntStream;

/** The ten classes: the digits 0 to 9, keyed by the digit itself. */
public final class Digits {

    /** Number of classes, the width of the model's output. */
    public static final int COUNT = 10;

    private Digits() {}

    public static String key(int digit) {
        return String.valueOf(digit);
    }

    public static LocalizedText label(int digit) {
        return LocalizedText.of("数字 " + digit, "Digit " + digit);
    }

    public static List<String> keys() {
        return IntStream.range(0, COUNT).mapToObj(Digits::key).toList();
    }
}
