package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.List;

/** Why the model answered as it did, for the class it chose. */
public sealed interface Explanation {

    /** The class explained. */
    String classKey();

    /**
     * Occlusion sensitivity of an image: how much the evidence for the chosen class (its log-odds)
     * falls when each cell of a grid over the image is covered.
     *
     * @param drops rows x columns, the log-odds lost when that cell is hidden (negative: they rose)
     * @param baseProbability the class's probability on the whole image
     */
    record Occlusion(String classKey, double baseProbability, double[][] drops) implements Explanation {}

    /**
     * Word influence in a message: how much the chosen class's log-odds fall when each word is
     * left out (positive: the word argues for the class).
     */
    record Words(String classKey, double baseProbability, List<WordInfluence> words) implements Explanation {}

    /** One word of the message and its influence. */
    record WordInfluence(String word, double influence) {}

    /**
     * Feature influence in a series of named measurements: how much the chosen class's log-odds fall when each
     * value is replaced by its reference, a typical value (positive: the value argues for the class).
     */
    record Features(String classKey, double baseProbability, List<FeatureInfluence> features) implements Explanation {}

    /** One named value of the input, its reference and its influence. */
    record FeatureInfluence(LocalizedText label, double value, double reference, double influence) {}
}
