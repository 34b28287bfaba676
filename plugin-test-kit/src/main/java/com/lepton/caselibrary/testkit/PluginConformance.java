package com.lepton.caselibrary.testkit;

import com.lepton.caselibrary.api.CaseStudyPlugin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Checks a packaged case plugin jar the way the portal will treat it: the archive and manifest
 * first, then PF4J loads it with only host libraries beside it, and each case it brings is
 * checked for both languages, its write-ups, its model card and its model on every shipped sample.
 */
public final class PluginConformance {

    private PluginConformance() {}

    public static ConformanceReport check(Path jar) {
        Path archive = jar.toAbsolutePath().normalize();
        List<Check> checks = new ArrayList<>();
        try (PluginJar plugin = PluginJar.open(archive)) {
            checks.add(PackagingChecks.archive(plugin));
            checks.add(PackagingChecks.manifest(plugin));
            checks.add(PackagingChecks.extensionIndex(plugin));
            loadAndCheckCases(archive, plugin, checks);
        } catch (IOException e) {
            checks.add(new Check("archive", List.of(archive + " cannot be read as a jar: " + e.getMessage())));
        }
        return new ConformanceReport(archive, checks);
    }

    private static void loadAndCheckCases(Path archive, PluginJar jar, List<Check> checks) throws IOException {
        Check.Builder loading = new Check.Builder("loads in PF4J as in the portal");
        HostLikePluginManager manager = new HostLikePluginManager(archive.getParent());
        try {
            List<CaseStudyPlugin> cases = load(manager, archive, loading);
            checks.add(loading.build());
            if (cases.isEmpty()) {
                return;
            }
            Optional<String> engineProblem = startEngine();
            for (CaseStudyPlugin plugin : cases) {
                String caseId;
                try {
                    caseId = plugin.descriptor().id();
                } catch (RuntimeException e) {
                    checks.add(new Check("case " + plugin.getClass().getName(), List.of("descriptor() throws " + e)));
                    continue;
                }
                checks.add(guarded(
                        caseId,
                        "descriptor, demo and model definition",
                        () -> DescriptorCheck.check(caseId, plugin, jar)));
                checks.add(
                        guarded(caseId, "write-ups in zh and en", () -> WriteUpCheck.check(plugin.descriptor(), jar)));
                checks.add(guarded(caseId, "model card", () -> ModelCheck.card(caseId, plugin, jar)));
                checks.add(
                        guarded(caseId, ClassNamesContract.CHECK, () -> ClassNamesContract.check(caseId, plugin, jar)));
                checks.add(guarded(
                        caseId,
                        "SavedModel runs every sample through the adapter",
                        () -> ModelCheck.samples(caseId, plugin, jar, engineProblem)));
            }
        } finally {
            manager.stopPlugins();
            manager.unloadPlugins();
        }
    }

    private static List<CaseStudyPlugin> load(HostLikePluginManager manager, Path archive, Check.Builder check) {
        String pluginId;
        try {
            pluginId = manager.loadPlugin(archive);
        } catch (RuntimeException e) {
            check.problem("PF4J cannot load the jar: " + e.getMessage());
            return List.of();
        }
        if (pluginId == null) {
            check.problem("PF4J did not load the jar (its log above says why)");
            return List.of();
        }
        PluginState state;
        try {
            state = manager.startPlugin(pluginId);
        } catch (RuntimeException e) {
            check.problem("PF4J cannot start the plugin: " + e.getMessage());
            return List.of();
        }
        if (state != PluginState.STARTED) {
            PluginWrapper wrapper = manager.getPlugin(pluginId);
            Throwable failure = wrapper == null ? null : wrapper.getFailedException();
            check.problem("PF4J leaves the plugin " + state + (failure == null ? "" : ": " + failure)
                    + (state == PluginState.DISABLED ? " (is Plugin-Requires satisfied by this plugin-api?)" : ""));
            return List.of();
        }
        List<CaseStudyPlugin> cases;
        try {
            cases = manager.getExtensions(CaseStudyPlugin.class, pluginId);
        } catch (RuntimeException e) {
            check.problem("PF4J cannot create the extensions: " + e);
            return List.of();
        }
        if (cases.isEmpty()) {
            check.problem(
                    "PF4J finds no CaseStudyPlugin extension in the jar: the class must be public with a public no-argument"
                            + " constructor, annotated @org.pf4j.Extension, and plugin-api must not be bundled (PF4J drops an extension"
                            + " whose interface was loaded twice); see the extension index and archive checks");
        }
        return cases;
    }

    private static Optional<String> startEngine() {
        try {
            TensorFlowEngine.start();
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    @FunctionalInterface
    private interface CaseCheck {
        Check run() throws IOException;
    }

    /** A check that throws (a plugin method failing, say) reports the failure as its problem instead of hiding the other checks. */
    private static Check guarded(String caseId, String name, CaseCheck check) {
        try {
            return check.run();
        } catch (IOException | RuntimeException | LinkageError e) {
            return new Check("case " + caseId + ": " + name, List.of("the check could not finish: " + e));
        }
    }
}
