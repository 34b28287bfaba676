package com.lepton.caselibrary.demo;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginCasesChanged;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A classifier's classes (a model card's class keys) by the names the reader sees for them. A plugin names them
 * itself ({@link CaseStudyPlugin#classNames()}, plugin-api 1.8.0); for a key it leaves out (every plugin built
 * before 1.8.0) the adapter is handed an even output over the classes (no model runs) and the label of each
 * {@link ClassScore} is kept. Worked out once per loaded plugin version and kept, as names only (no plugin class), until
 * the plugin's cases change ({@link PluginCasesChanged}).
 */
@Component
public class ClassNames {

    private record Key(String pluginId, String pluginVersion, String caseId, List<String> classes) {}

    private final Map<Key, Map<String, LocalizedText>> named = new ConcurrentHashMap<>();

    /**
     * The name of each of {@code keys} (a model card's class keys, in the model's order); a key without one is left
     * out, so that it is shown as it is (an adapter that does not turn one output of that many values into a
     * classification: an anomaly model's error, a model of several outputs). The other classes or groups the plugin
     * names (those its card's metrics are measured on, e.g. {@code coat} of {@code auroc.coat}) come after them.
     */
    public Map<String, LocalizedText> of(LoadedCase loaded, List<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Key key = new Key(loaded.pluginId(), loaded.pluginVersion(), loaded.caseId(), List.copyOf(keys));
        return named.computeIfAbsent(key, absent -> name(loaded.plugin(), key.classes()));
    }

    /** Each key's name in {@code locale}, or the key itself where it has none. */
    public static List<String> in(List<String> keys, Map<String, LocalizedText> names, Locale locale) {
        return keys.stream()
                .map(key -> names.containsKey(key) ? names.get(key).in(locale) : key)
                .toList();
    }

    /** Drops the names of a plugin whose cases came or went: a new version may name its classes otherwise. */
    @EventListener
    void pluginChanged(PluginCasesChanged change) {
        named.keySet().removeIf(key -> key.pluginId().equals(change.pluginId()));
    }

    private static Map<String, LocalizedText> name(CaseStudyPlugin plugin, List<String> keys) {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        Map<String, LocalizedText> given = givenBy(plugin);
        keys.stream().filter(given::containsKey).forEach(key -> names.put(key, given.get(key)));
        if (names.size() < keys.size()) {
            byAdapter(plugin, keys).forEach((key, name) -> {
                if (keys.contains(key)) {
                    names.putIfAbsent(key, name);
                }
            });
        }
        given.forEach(names::putIfAbsent);
        return Collections.unmodifiableMap(names);
    }

    private static Map<String, LocalizedText> givenBy(CaseStudyPlugin plugin) {
        try {
            Map<String, LocalizedText> given = plugin.classNames();
            return given == null ? Map.of() : given;
        } catch (RuntimeException brokenPlugin) {
            return Map.of();
        }
    }

    /** The labels the adapter's classification of an even output gives the keys; empty where it gives none. */
    private static Map<String, LocalizedText> byAdapter(CaseStudyPlugin plugin, List<String> keys) {
        float[] even = new float[keys.size()];
        Arrays.fill(even, 1f / keys.size());
        try (NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            DemoResult result = plugin.adapter().toResult(new NDList(manager.create(even)));
            Map<String, LocalizedText> names = new LinkedHashMap<>();
            if (result instanceof DemoResult.Classification classification) {
                classification.scores().forEach(score -> names.putIfAbsent(score.key(), score.label()));
            }
            return names;
        } catch (RuntimeException notOneClassificationOutput) {
            return Map.of();
        }
    }
}
