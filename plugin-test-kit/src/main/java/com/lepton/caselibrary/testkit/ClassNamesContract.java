package com.lepton.caselibrary.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelCard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * The names a case gives its model card's classes ({@code CaseStudyPlugin.classNames()}, plugin-api 1.8.0), which the
 * portal puts on the card's confusion matrix and on its per-class metrics: where a case gives any, every class of the
 * card has one in Chinese (with Chinese characters) and in English, and none is for a class the card lacks. A name may
 * also be for a class or group that a metric or baseline of the card is measured on (the last part of its key, e.g.
 * {@code coat} of {@code auroc.coat}). A case that gives none passes the conformance check: the portal then names its
 * classes by the labels of its adapter's classification.
 */
public final class ClassNamesContract {

    static final String CHECK = "class names in zh and en";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClassNamesContract() {}

    /**
     * For a plugin's own tests: {@code plugin} names every class of its shipped model card (read from the build's
     * {@code target/classes}) in both languages.
     */
    public static void assertNamesEveryClass(CaseStudyPlugin plugin) throws IOException {
        ModelCard card = JSON.readValue(
                Path.of("target/classes", plugin.model().modelCardPath()).toFile(), ModelCard.class);
        assertFalse(card.classLabels().isEmpty(), "the model card lists no classLabels");
        assertFalse(plugin.classNames().isEmpty(), "classNames() names no class");
        assertEquals(List.of(), problems(card, plugin.classNames()), "problems of classNames()");
    }

    /** The conformance kit's check of one case; the card's own problems are the model card check's. */
    static Check check(String caseId, CaseStudyPlugin plugin, PluginJar jar) throws IOException {
        Map<String, LocalizedText> names = plugin.classNames();
        Optional<byte[]> bytes = jar.read(plugin.model().modelCardPath());
        if (names.isEmpty() || bytes.isEmpty()) {
            return new Check("case " + caseId + ": " + CHECK, List.of());
        }
        ModelCard card = JSON.readValue(bytes.get(), ModelCard.class);
        return new Check("case " + caseId + ": " + CHECK, problems(card, names));
    }

    private static List<String> problems(ModelCard card, Map<String, LocalizedText> names) {
        Set<String> groups = new TreeSet<>();
        card.metrics().keySet().forEach(metric -> afterDot(metric).ifPresent(groups::add));
        card.baselines()
                .keySet()
                .forEach(baseline ->
                        afterDot(baseline).flatMap(ClassNamesContract::afterDot).ifPresent(groups::add));
        return problems(card.classLabels(), groups, names);
    }

    /** {@code coat} of the metric {@code auroc.coat} (of the baseline {@code centroidDistance.auroc.coat}, twice). */
    private static Optional<String> afterDot(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(key.substring(dot + 1));
    }

    /**
     * What is wrong with {@code names} for a card of {@code classLabels} whose metrics are measured on the classes or
     * groups {@code groups} as well, in sentences; none when they suit.
     */
    static List<String> problems(List<String> classLabels, Set<String> groups, Map<String, LocalizedText> names) {
        Check.Builder check = new Check.Builder(CHECK);
        for (String key : classLabels) {
            LocalizedText name = names.get(key);
            if (name == null) {
                check.problem("classNames() gives no name for class '" + key + "' of the model card");
            } else {
                DescriptorCheck.bilingual(check, "the name of class '" + key + "'", name, true);
            }
        }
        names.keySet().stream()
                .filter(key -> !classLabels.contains(key))
                .sorted()
                .forEach(key -> {
                    if (groups.contains(key)) {
                        DescriptorCheck.bilingual(check, "the name of group '" + key + "'", names.get(key), true);
                    } else {
                        check.problem(
                                "classNames() names '" + key + "', which is neither among the model card's classLabels "
                                        + classLabels + " nor a class or group a metric is measured on");
                    }
                });
        return check.build().problems();
    }
}
