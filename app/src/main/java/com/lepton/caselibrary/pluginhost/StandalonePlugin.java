package com.lepton.caselibrary.pluginhost;

import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.PluginApi;
import com.lepton.caselibrary.cli.CommandSpec;
import com.lepton.caselibrary.cli.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginManager;

/**
 * One case plugin loaded with PF4J outside the portal, for the command-line tools (training,
 * benchmarks). Run from the repository root it finds the jar built in {@code plugins/ID/target}.
 */
@RequiredArgsConstructor
public final class StandalonePlugin implements AutoCloseable {

    private final PluginManager manager;
    private final Path jar;
    private final CaseStudyPlugin plugin;

    /** The commands' {@code --plugin-jar} option: the archive {@link #load(String, Options)} loads. */
    public static final CommandSpec.Option JAR_OPTION =
            CommandSpec.optional("plugin-jar", "JAR", "the plugin archive to load instead of plugins/ID/target", "");

    /** Loads the plugin that brings {@code caseId}, from the command's {@link #JAR_OPTION} or the build folders. */
    public static StandalonePlugin load(String caseId, Options options) throws IOException {
        return load(caseId, options.given(JAR_OPTION.name()).map(Path::of));
    }

    /** Loads the plugin that brings {@code caseId}, from {@code jar} or the usual build folders. */
    public static StandalonePlugin load(String caseId, Optional<Path> jar) throws IOException {
        Path archive = (jar.isPresent() ? jar : findJar(caseId))
                .orElseThrow(() -> new IOException("no plugin jar for " + caseId + " in plugins/" + caseId
                        + "/target or data/plugins; build it or pass --plugin-jar"))
                .toAbsolutePath();
        PluginManager manager = new JarPluginManager(archive.getParent());
        manager.setSystemVersion(PluginApi.VERSION);
        String pluginId = manager.loadPlugin(archive);
        manager.startPlugin(pluginId);
        CaseStudyPlugin plugin = manager.getExtensions(CaseStudyPlugin.class, pluginId).stream()
                .filter(candidate -> candidate.descriptor().id().equals(caseId))
                .findFirst()
                .orElseThrow(() -> new IOException("plugin " + pluginId + " has no case " + caseId));
        return new StandalonePlugin(manager, archive, plugin);
    }

    public CaseStudyPlugin plugin() {
        return plugin;
    }

    public Path jar() {
        return jar;
    }

    /** The case as the portal sees it, for code that works on {@link LoadedCase}. */
    public LoadedCase asLoadedCase() {
        return new LoadedCase(plugin.descriptor().id(), "standalone", jar, plugin.descriptor(), plugin);
    }

    private static Optional<Path> findJar(String caseId) throws IOException {
        for (Path folder : List.of(Path.of("plugins", caseId, "target"), Path.of("data", "plugins"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                Optional<Path> found = files.filter(
                                file -> file.getFileName().toString().startsWith(caseId)
                                        && file.toString().endsWith(".jar"))
                        .findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        manager.stopPlugins();
        manager.unloadPlugins();
    }
}
