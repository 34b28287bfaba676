package com.lepton.caselibrary.pluginhost;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

/** What became of each plugin, in the database: every state change goes through here and is logged once. */
@RequiredArgsConstructor
final class PluginRegistry {

    private static final Logger log = LoggerFactory.getLogger(PluginRegistry.class);

    private final InstalledPluginRepository repository;
    private final UninstalledPluginRepository uninstalled;

    List<InstalledPlugin> all() {
        return repository.findAll();
    }

    Optional<InstalledPlugin> find(String pluginId) {
        return repository.findById(pluginId);
    }

    /** The plugin, when it is in {@code state}. */
    Optional<InstalledPlugin> find(String pluginId, PluginState state) {
        return find(pluginId).filter(known -> known.getState() == state);
    }

    /** Why the plugin last failed to start, as recorded; empty when nothing is recorded. */
    String failureReason(String pluginId) {
        return find(pluginId).map(InstalledPlugin::getFailureReason).orElse("");
    }

    void save(InstalledPlugin entry) {
        repository.save(entry);
    }

    void delete(InstalledPlugin entry) {
        repository.delete(entry);
    }

    /** Removes an installed plugin's entry and remembers it was uninstalled, so a bundled copy stays out. */
    void uninstalled(InstalledPlugin entry) {
        repository.delete(entry);
        uninstalled.save(new UninstalledPlugin(entry.getPluginId(), entry.getVersion()));
    }

    boolean wasUninstalled(String pluginId) {
        return uninstalled.existsById(pluginId);
    }

    /** An administrator installs the plugin again (approves an upload of it): its bundled copy may come back. */
    void reinstalled(String pluginId) {
        uninstalled.deleteById(pluginId);
    }

    /** Records a plugin's archive and state, creating its entry on first sight. */
    void record(String id, String version, String fileName, String checksum, PluginState state, String reason) {
        if (state == PluginState.FAILED) {
            log.warn("Plugin {} ({}) failed: {}", id, fileName, reason);
        } else {
            log.info("Plugin {} {} {}", id, version, state);
        }
        String known = version == null ? "?" : version;
        InstalledPlugin entry = repository.findById(id).orElseGet(() -> new InstalledPlugin(id));
        entry.record(known, fileName, checksum, state, reason);
        try {
            repository.save(entry);
        } catch (DataIntegrityViolationException anotherReplicaInsertedIt) {
            // Replicas starting together on one database all see a new bundled plugin: one insert wins, and
            // the others record on the entry it made (the same archive, so the same facts).
            InstalledPlugin inserted = repository.findById(id).orElseThrow(() -> anotherReplicaInsertedIt);
            inserted.record(known, fileName, checksum, state, reason);
            repository.save(inserted);
        }
    }

    /** Moves a known plugin to a new state, keeping its archive. */
    void mark(InstalledPlugin entry, PluginState state, String reason) {
        if (state == PluginState.FAILED) {
            log.warn("Plugin {} ({}) failed: {}", entry.getPluginId(), entry.getFileName(), reason);
        }
        entry.record(entry.getVersion(), entry.getFileName(), entry.getSha512(), state, reason);
        repository.save(entry);
    }
}
