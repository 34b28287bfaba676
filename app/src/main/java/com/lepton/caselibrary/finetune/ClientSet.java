package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.LabelledExample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A client's checked examples, split: a fixed share of every class, drawn with a fixed seed, is held out for the
 * before/after comparison; the rest trains.
 *
 * @param train    the examples to train on
 * @param heldOut  the examples only the before/after comparison sees
 * @param perClass examples per class, before the split
 */
record ClientSet(List<LabelledExample> train, List<LabelledExample> heldOut, Map<String, Integer> perClass) {

    /** An empty, growable list for every class of the case, in the case's class order: what {@link #split} takes. */
    static Map<String, List<LabelledExample>> emptyClasses(List<String> classes) {
        Map<String, List<LabelledExample>> byClass = new LinkedHashMap<>();
        classes.forEach(label -> byClass.put(label, new ArrayList<>()));
        return byClass;
    }

    /**
     * Checks that the set is not empty and every class has enough examples (the case's own minimum or the portal's
     * {@code min-examples-per-class}, whichever is higher), then splits it.
     *
     * @param byClass the examples of every class of the case, in the case's class order (empty lists included)
     */
    static ClientSet split(Map<String, List<LabelledExample>> byClass, int caseMinimum, FineTuneProperties limits)
            throws ClientSetException {
        int minimum = Math.max(caseMinimum, limits.minExamplesPerClass());
        int total = byClass.values().stream().mapToInt(List::size).sum();
        if (total == 0) {
            throw new ClientSetException("finetune.error.empty");
        }
        List<String> missing = byClass.entrySet().stream()
                .filter(e -> e.getValue().size() < minimum)
                .map(e -> e.getKey() + " (" + e.getValue().size() + ")")
                .toList();
        if (!missing.isEmpty()) {
            throw new ClientSetException("finetune.error.too-few", minimum, String.join(", ", missing));
        }
        Random random = new Random(limits.seed());
        List<LabelledExample> train = new ArrayList<>();
        List<LabelledExample> heldOut = new ArrayList<>();
        Map<String, Integer> perClass = new LinkedHashMap<>();
        byClass.forEach((label, examples) -> {
            List<LabelledExample> shuffled = new ArrayList<>(examples);
            Collections.shuffle(shuffled, random);
            int held = Math.max(1, Math.round(shuffled.size() * limits.heldOutPercent() / 100f));
            heldOut.addAll(shuffled.subList(0, held));
            train.addAll(shuffled.subList(held, shuffled.size()));
            perClass.put(label, examples.size());
        });
        return new ClientSet(train, heldOut, perClass);
    }
}
