package com.lepton.caselibrary.demo;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A classifier's classes by the names the demo result shows for them. The plugin-api has no list of class names: a
 * plugin names its classes only in the {@link ClassScore}s its adapter makes of a model output, so the adapter is
 * handed an even output over the classes (no model runs) and each score's key and label are kept.
 */
public final class ClassNames {

    private ClassNames() {}

    /**
     * The label of each of {@code keys} (a model card's class keys, in the model's order) as the case's adapter names
     * it; empty where the adapter does not turn one output of that many values into a classification (an anomaly
     * model's error or a model of several outputs), so the keys are shown as they are.
     */
    public static Map<String, LocalizedText> of(LoadedCase loaded, List<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        float[] even = new float[keys.size()];
        Arrays.fill(even, 1f / keys.size());
        try (NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            DemoResult result = loaded.plugin().adapter().toResult(new NDList(manager.create(even)));
            Map<String, LocalizedText> names = new LinkedHashMap<>();
            if (result instanceof DemoResult.Classification classification) {
                classification.scores().forEach(score -> names.putIfAbsent(score.key(), score.label()));
            }
            return names;
        } catch (RuntimeException notOneClassificationOutput) {
            return Map.of();
        }
    }

    /** Each key's name in {@code locale}, or the key itself where it has none. */
    public static List<String> in(List<String> keys, Map<String, LocalizedText> names, Locale locale) {
        return keys.stream()
                .map(key -> names.containsKey(key) ? names.get(key).in(locale) : key)
                .toList();
    }
}
