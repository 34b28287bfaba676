package com.lepton.caselibrary.plugins.healthcare.progression;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The two answers, in the order of the network's outputs: death within the horizon first. */
enum Outcome {
    DEATH("death-within-3-years", "3 年内死亡", "Death within 3 years"),
    ALIVE("alive-at-3-years", "3 年后仍存活", "Alive at 3 years");

    private final String key;
    private final LocalizedText label;

    Outcome(String key, String zh, String en) {
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
        return Arrays.stream(values()).map(Outcome::key).toList();
    }

    /** Each outcome's name by its key, in the network's order. */
    static Map<String, LocalizedText> names() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        for (Outcome outcome : values()) {
            names.put(outcome.key, outcome.label);
        }
        return names;
    }
}
