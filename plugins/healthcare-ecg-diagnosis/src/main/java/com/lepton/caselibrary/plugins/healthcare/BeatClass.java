package com.lepton.caselibrary.plugins.healthcare;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.Arrays;
import java.util.List;

/**
 * The four synthetic beat classes, in the model's output order. They are archetypes defined by
 * changes to the generator's parameters ({@link BeatGenerator} holds the exact numbers), imitating
 * textbook patterns; they are not clinical diagnoses.
 */
public enum BeatClass {

    /** Standard ECGSYN waves with random variation, sinus rhythm with heart-rate variability. */
    NORMAL("normal", LocalizedText.of("正常心搏（合成）", "Normal beat (synthetic)")),
    /**
     * Premature wide beat: comes early (coupling 0.55–0.9 of the sinus RR) and is followed by a
     * compensatory pause; no P wave; Q, R and S 1.5–3 times wider and the R taller; T inverted and
     * wider. Its neighbours are normal beats.
     */
    PVC("pvc", LocalizedText.of("室性早搏样：提前出现的宽大畸形心搏（合成）", "PVC-like premature wide beat (synthetic)")),
    /**
     * ST-elevation-like: an extra wide positive wave between S and T raises the ST segment by
     * 0.08–0.35 mV (normal beats: at most 0.05 mV), the T wave is taller and the S shallower; the
     * neighbours share the shape.
     */
    ST_ELEVATION("st-elevation", LocalizedText.of("ST 段抬高样心搏（合成）", "ST-elevation-like beat (synthetic)")),
    /**
     * AF-like: no P wave, fibrillatory f-waves (4–9 Hz) on the baseline, and irregular RR intervals
     * (each 0.6–1.4 times the mean) around every beat.
     */
    AF("af", LocalizedText.of("房颤样：无 P 波、RR 不齐（合成）", "AF-like beat: no P wave, irregular RR (synthetic)"));

    /** Number of classes, the width of the model's output. */
    public static final int COUNT = values().length;

    private final String key;
    private final LocalizedText label;

    BeatClass(String key, LocalizedText label) {
        this.key = key;
        this.label = label;
    }

    /** The stable key, used in model cards, samples and results. */
    public String key() {
        return key;
    }

    /** The class's name for people. */
    public LocalizedText label() {
        return label;
    }

    /** The keys in model order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(BeatClass::key).toList();
    }

    /** The class with the given key. */
    public static BeatClass ofKey(String key) {
        return Arrays.stream(values())
                .filter(c -> c.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no beat class " + key));
    }
}
