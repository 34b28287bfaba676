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
import java.util.function.Function;
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
    private final Map<String, UninstalledPlugin> uninstalledTable = new LinkedHashMap<>();
    private final List<Object> events = new ArrayList<>();
    private PluginHost host;
    private InstalledPlugin chosen;

    @BeforeEach
    void startReplica() {
        host = replica();
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

    @Test
    void casesAreAnnouncedOnceAsTheyGoAndComeAndNotAtStartOrShutdown() {
        String id = chosen.getPluginId();
        List<String> cases = host.cases().stream()
                .filter(loaded -> loaded.pluginId().equals(id))
                .map(LoadedCase::caseId)
                .toList();
        assertThat(events).as("nothing announced at start").noneMatch(PluginCasesChanged.class::isInstance);

        assertThat(host.disable(id).done()).isTrue();
        assertThat(events)
                .filteredOn(PluginCasesChanged.class::isInstance)
                .containsExactly(new PluginCasesChanged(id, List.of(), cases));

        events.clear();
        assertThat(host.enable(id).done()).isTrue();
        assertThat(events)
                .filteredOn(PluginCasesChanged.class::isInstance)
                .singleElement()
                .satisfies(event -> assertThat(((PluginCasesChanged) event).added())
                        .extracting(LoadedCase::caseId)
                        .containsExactlyElementsOf(cases));

        events.clear();
        host.destroy();
        assertThat(events).as("nothing announced at shutdown").isEmpty();
    }

    @Test
    void aBundledPluginUninstalledStaysUninstalledWhenAReplicaStarts() {
        assertThat(host.disable(chosen.getPluginId()).done()).isTrue();
        assertThat(host.uninstall(chosen.getPluginId()).done()).isTrue();
        assertThat(folder.resolve(chosen.getFileName())).doesNotExist();

        PluginHost restarted = replica();
        assertThat(folder.resolve(chosen.getFileName()))
                .as("its bundled archive is not copied back")
                .doesNotExist();
        assertThat(restarted.startedPluginIds()).doesNotContain(chosen.getPluginId());
        assertThat(restarted.installed()).noneMatch(entry -> entry.getPluginId().equals(chosen.getPluginId()));
        assertThat(restarted.startedPluginIds()).as("the other bundled plugins").isNotEmpty();
    }

    private PluginHost replica() {
        return new PluginHost(
                new PluginHostProperties(folder, List.of(), null, false),
                inMemory(InstalledPluginRepository.class, table, InstalledPlugin::getPluginId),
                inMemory(UninstalledPluginRepository.class, uninstalledTable, UninstalledPlugin::getPluginId),
                events::add);
    }

    private void otherReplicaSets(PluginState state) {
        chosen.record(chosen.getVersion(), chosen.getFileName(), chosen.getSha512(), state, null);
    }

    /** A table in memory: just the calls {@link PluginRegistry} makes. */
    @SuppressWarnings("unchecked")
    private <T, R> R inMemory(Class<R> type, Map<String, T> rows, Function<T, String> id) {
        return (R) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> switch (method.getName()) {
                    case "findAll" -> new ArrayList<>(rows.values());
                    case "findById" -> Optional.ofNullable(rows.get((String) args[0]));
                    case "existsById" -> rows.containsKey((String) args[0]);
                    case "save" -> {
                        T entry = (T) args[0];
                        rows.put(id.apply(entry), entry);
                        yield entry;
                    }
                    case "delete" -> rows.remove(id.apply((T) args[0]));
                    case "deleteById" -> rows.remove((String) args[0]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "in-memory " + type.getSimpleName();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
