package com.lepton.caselibrary.pluginhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGNotification;
import org.postgresql.core.Notification;

/**
 * A replica follows the registry that another replica changed: the bundled plugins of the portal, loaded for real
 * from a plugins folder, with the registry table kept in memory.
 */
class RegistryReconcilerTest {

    @TempDir
    Path folder;

    private final Map<String, InstalledPlugin> table = new LinkedHashMap<>();
    private final List<Object> events = new ArrayList<>();
    private PluginHost host;
    private InstalledPlugin chosen;

    @BeforeEach
    void startReplica() {
        host = new PluginHost(new PluginHostProperties(folder, List.of(), null, false), repository(), events::add);
        assertThat(host.startedPluginIds()).as("bundled plugins started").hasSizeGreaterThan(1);
        chosen = table.values().stream()
                .filter(entry -> entry.getState() == PluginState.STARTED)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anArchiveChangedSinceApprovalIsRefusedAndTheRestServed() throws IOException {
        int started = host.startedPluginIds().size();
        otherReplicaSets(PluginState.DISABLED);
        assertThat(host.reconcile()).containsExactly(chosen.getPluginId());
        assertThat(host.startedPluginIds()).doesNotContain(chosen.getPluginId());

        Path archive = folder.resolve(chosen.getFileName());
        byte[] approved = Files.readAllBytes(archive);
        Files.write(archive, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
        otherReplicaSets(PluginState.STARTED);
        assertThat(host.reconcile()).isEmpty();
        assertThat(host.startedPluginIds()).doesNotContain(chosen.getPluginId()).hasSize(started - 1);
        assertThat(host.localProblems().get(chosen.getPluginId())).contains("no longer matches the checksum");
        assertThat(table.get(chosen.getPluginId()).getState())
                .as("the refusal is this replica's, not the registry's")
                .isEqualTo(PluginState.STARTED);

        Files.write(archive, approved);
        assertThat(host.reconcile()).containsExactly(chosen.getPluginId());
        assertThat(host.startedPluginIds()).contains(chosen.getPluginId()).hasSize(started);
        assertThat(host.localProblems()).isEmpty();
    }

    @Test
    void aForgedOrReplayedNotificationChangesNothing() {
        List<String> before = List.copyOf(host.startedPluginIds());
        RegistryFollower follower = new RegistryFollower(host, "jdbc:h2:mem:none", "", "", Duration.ofSeconds(2));
        PGNotification forged = new Notification(RegistryNotifier.CHANNEL, 4242, chosen.getPluginId() + " disabled");
        follower.heard(new PGNotification[] {forged, forged, forged});
        follower.heard(new PGNotification[] {forged});

        assertThat(host.startedPluginIds()).containsExactlyElementsOf(before);
        assertThat(table.get(chosen.getPluginId()).getState()).isEqualTo(PluginState.STARTED);
        assertThat(host.cases()).anyMatch(loaded -> loaded.pluginId().equals(chosen.getPluginId()));
    }

    @Test
    void aPluginThisPortalCannotRunIsReportedAndTheRestServed() throws IOException {
        int started = host.startedPluginIds().size();
        Path future = folder.resolve("future-case-1.0.0.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Plugin-Id", "future-case");
        manifest.getMainAttributes().putValue("Plugin-Version", "1.0.0");
        manifest.getMainAttributes().putValue("Plugin-Requires", ">=99.0.0");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(future), manifest)) {
            jar.flush();
        }
        InstalledPlugin elsewhere = new InstalledPlugin("future-case");
        elsewhere.record(
                "1.0.0", future.getFileName().toString(), PluginFolder.sha512(future), PluginState.STARTED, null);
        table.put("future-case", elsewhere);

        assertThat(host.reconcile()).isEmpty();
        assertThat(host.localProblems().get("future-case")).isNotBlank();
        assertThat(host.startedPluginIds()).hasSize(started);
        assertThat(table.get("future-case").getState()).isEqualTo(PluginState.STARTED);
    }

    @Test
    void aPluginUninstalledElsewhereIsWithdrawn() {
        otherReplicaSets(PluginState.DISABLED);
        host.reconcile();
        table.remove(chosen.getPluginId());
        assertThat(host.reconcile()).isEmpty();
        assertThat(host.cases()).noneMatch(loaded -> loaded.pluginId().equals(chosen.getPluginId()));
        assertThat(events).hasAtLeastOneElementOfType(PluginCasesChanged.class);
    }

    private void otherReplicaSets(PluginState state) {
        chosen.record(chosen.getVersion(), chosen.getFileName(), chosen.getSha512(), state, null);
    }

    /** The registry table in memory: just the calls {@link PluginRegistry} makes. */
    private InstalledPluginRepository repository() {
        return (InstalledPluginRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {InstalledPluginRepository.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "findAll" -> new ArrayList<>(table.values());
                    case "findById" -> Optional.ofNullable(table.get((String) args[0]));
                    case "save" -> {
                        InstalledPlugin entry = (InstalledPlugin) args[0];
                        table.put(entry.getPluginId(), entry);
                        yield entry;
                    }
                    case "delete" -> table.remove(((InstalledPlugin) args[0]).getPluginId());
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "in-memory registry";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
