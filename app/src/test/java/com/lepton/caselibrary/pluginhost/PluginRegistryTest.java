package com.lepton.caselibrary.pluginhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Replicas that start together on one database each find a bundled plugin new and insert it; the primary key lets
 * one win. The others must record on that entry instead of failing to start (seen in ReplicasBehindProxyIT).
 */
class PluginRegistryTest {

    private final Map<String, InstalledPlugin> table = new HashMap<>();
    private boolean anotherReplicaInsertsFirst;

    @Test
    void aPluginAnotherReplicaInsertedMeanwhileIsRecordedOnItsEntry() {
        anotherReplicaInsertsFirst = true;

        registry().record("some-case", "1.1.0", "some-case-1.1.0.jar", "sha", PluginState.STARTED, null);

        InstalledPlugin entry = table.get("some-case");
        assertThat(entry.getState()).isEqualTo(PluginState.STARTED);
        assertThat(entry.getVersion()).isEqualTo("1.1.0");
        assertThat(entry.getFileName()).isEqualTo("some-case-1.1.0.jar");
    }

    @Test
    void aFailedInsertWithNoEntryBehindItIsNotHidden() {
        InstalledPluginRepository refusing = repository((id, entry) -> {
            throw new DataIntegrityViolationException("some other constraint");
        });

        assertThatThrownBy(() -> new PluginRegistry(refusing, null)
                        .record("some-case", "1.0.0", "some-case.jar", "sha", PluginState.STARTED, null))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessage("some other constraint");
    }

    private PluginRegistry registry() {
        return new PluginRegistry(
                repository((id, entry) -> {
                    if (anotherReplicaInsertsFirst && !table.containsKey(id)) {
                        InstalledPlugin theirs = new InstalledPlugin(id);
                        theirs.record("1.1.0", id + "-1.1.0.jar", "sha", PluginState.FAILED, "not started yet");
                        table.put(id, theirs);
                        throw new DataIntegrityViolationException(
                                "duplicate key value violates \"installed_plugin_pkey\"");
                    }
                    table.put(id, entry);
                }),
                null);
    }

    private interface Save {
        void save(String id, InstalledPlugin entry);
    }

    /** A repository over {@link #table}; {@code save} decides what the database does with an entry. */
    private InstalledPluginRepository repository(Save save) {
        return (InstalledPluginRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {InstalledPluginRepository.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "findById" -> Optional.ofNullable(table.get((String) args[0]));
                    case "save" -> {
                        InstalledPlugin entry = (InstalledPlugin) args[0];
                        save.save(entry.getPluginId(), entry);
                        yield entry;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
