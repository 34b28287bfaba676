package com.lepton.caselibrary.pluginhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.PluginApi;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PF4J asks the registry, not files in the plugins folder, which plugins are disabled, and writes none there. */
class RegistryPluginStatusTest {

    @TempDir
    Path folder;

    private final Map<String, InstalledPlugin> table = new HashMap<>();

    @Test
    void aPluginIsDisabledOnlyWhenTheRegistryRecordsItDisabled() {
        RegistryPluginStatus status = new RegistryPluginStatus(id -> Optional.ofNullable(table.get(id)));
        for (PluginState state : PluginState.values()) {
            entry("some-case", state);
            assertThat(status.isPluginDisabled("some-case")).as(state.name()).isEqualTo(state == PluginState.DISABLED);
        }
        assertThat(status.isPluginDisabled("unknown-case")).isFalse();
        assertThatThrownBy(() -> status.disablePlugin("some-case")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theManagerLoadsARegistryDisabledPluginDisabledAndStartsItWithoutWritingTheFolder() throws IOException {
        jar("quiet-case");
        jar("other-case");
        entry("quiet-case", PluginState.DISABLED);
        entry("other-case", PluginState.STARTED);
        CasePluginManager manager = new CasePluginManager(folder, registry());
        assertThat(manager.getSystemVersion()).isEqualTo(PluginApi.VERSION);

        String quiet = manager.loadPlugin(folder.resolve("quiet-case.jar"));
        String other = manager.loadPlugin(folder.resolve("other-case.jar"));
        assertThat(manager.getPlugin(quiet).getPluginState()).isEqualTo(org.pf4j.PluginState.DISABLED);
        assertThat(manager.getPlugin(other).getPluginState()).isEqualTo(org.pf4j.PluginState.RESOLVED);

        assertThat(manager.startPlugin(quiet))
                .as("an archive LiveCases lets through still starts, as before")
                .isEqualTo(org.pf4j.PluginState.STARTED);
        manager.stopPlugins();
        manager.unloadPlugins();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("quiet-case.jar", "other-case.jar");
        }
        assertThat(table.get("quiet-case").getState()).isEqualTo(PluginState.DISABLED);
    }

    private void entry(String pluginId, PluginState state) {
        InstalledPlugin entry = new InstalledPlugin(pluginId);
        entry.record("1.0.0", pluginId + ".jar", "sha", state, null);
        table.put(pluginId, entry);
    }

    private void jar(String pluginId) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Plugin-Id", pluginId);
        manifest.getMainAttributes().putValue("Plugin-Version", "1.0.0");
        manifest.getMainAttributes().putValue("Plugin-Requires", ">=1.0.0");
        try (JarOutputStream out =
                new JarOutputStream(Files.newOutputStream(folder.resolve(pluginId + ".jar")), manifest)) {
            out.flush();
        }
    }

    /** The registry over {@link #table}: PF4J's questions need only {@code findById}. */
    private PluginRegistry registry() {
        InstalledPluginRepository repository = (InstalledPluginRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {InstalledPluginRepository.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "findById" -> Optional.ofNullable(table.get((String) args[0]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new PluginRegistry(repository, null);
    }
}
