package com.lepton.caselibrary.plugins.finance.message;

import com.lepton.caselibrary.trainingkit.Shuffle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded random split into training, validation and test parts that keeps each corpus group's
 * share the same in every part, so that the small hard-ham group is represented in each.
 */
public final class StratifiedSplit {

    /** Which part an example belongs to. */
    public enum Part {
        TRAIN,
        VALIDATION,
        TEST
    }

    private StratifiedSplit() {}

    /**
     * Assigns each example to a part: per group, a shuffled {@code testShare} (rounded) goes to
     * test, then {@code validationShare} of the group's size to validation, the rest to training.
     *
     * @param groups the stratum of each example
     * @param seed   the shuffling seed; groups are shuffled in order of first appearance
     */
    public static Part[] split(List<String> groups, double validationShare, double testShare, long seed) {
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            byGroup.computeIfAbsent(groups.get(i), g -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        Part[] parts = new Part[groups.size()];
        for (List<Integer> members : byGroup.values()) {
            int[] order = members.stream().mapToInt(Integer::intValue).toArray();
            Shuffle.shuffle(order, random);
            int test = (int) Math.round(order.length * testShare);
            int validation = (int) Math.round(order.length * validationShare);
            for (int i = 0; i < order.length; i++) {
                parts[order[i]] = i < test ? Part.TEST : i < test + validation ? Part.VALIDATION : Part.TRAIN;
            }
        }
        return parts;
    }
}
