package com.lepton.caselibrary.demo;

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
}
