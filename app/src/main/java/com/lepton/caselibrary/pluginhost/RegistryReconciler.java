package com.lepton.caselibrary.pluginhost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings this replica's live plugins to the registry's state, whichever replica changed it: withdraws what the
 * registry no longer has started (disabled, in review, uninstalled, or another version), starts what it has started
 * here too. It only reads the registry, so a replica that cannot run a plugin, or finds its archive changed since
 * approval, says why ({@link #problems()}) and serves the rest without changing what the others run. Not
 * thread-safe: {@link PluginHost} serialises every call.
 */
@RequiredArgsConstructor
final class RegistryReconciler {

    private static final Logger log = LoggerFactory.getLogger(RegistryReconciler.class);

    private final PluginFolder folder;
    private final PluginRegistry registry;
    private final LiveCases live;
    /** Why this replica does not run a plugin the registry has started; keyed by plugin id. */
    private final Map<String, Problem> problems = new ConcurrentHashMap<>();

    /** A plugin this replica did not start, for the archive (checksum, file, its time and size) the registry named. */
    private record Problem(String archive, String reason) {}

    /** @return the plugin ids this call withdrew or started */
    List<String> apply() {
        Map<String, InstalledPlugin> wanted =
                registry.all().stream().collect(Collectors.toMap(InstalledPlugin::getPluginId, Function.identity()));
        List<String> changed = new ArrayList<>();
        for (String pluginId : live.loadedPluginIds()) {
            InstalledPlugin entry = wanted.get(pluginId);
            boolean keep = entry != null
                    && (entry.getState() == PluginState.FAILED
                            || entry.getState() == PluginState.STARTED
                                    && live.runs(pluginId, entry.getFileName(), entry.getVersion()));
            if (!keep) {
                log.info("Plugin {} withdrawn to follow the registry ({})", pluginId, describe(entry));
                live.withdraw(pluginId);
                changed.add(pluginId);
            }
        }
        problems.keySet().retainAll(wanted.keySet());
        for (InstalledPlugin entry : wanted.values()) {
            if (entry.getState() == PluginState.STARTED && !live.isLoaded(entry.getPluginId()) && start(entry)) {
                changed.add(entry.getPluginId());
            }
        }
        return changed;
    }

    /** Why this replica does not run plugins the registry has started, by plugin id. */
    Map<String, String> problems() {
        return problems.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> e.getValue().reason()));
    }

    private boolean start(InstalledPlugin entry) {
        String pluginId = entry.getPluginId();
        Path archive = folder.resolve(entry.getFileName());
        if (!folder.isFileInside(archive)) {
            // Not remembered: the replica making the change may still be moving it into place.
            log.debug("Plugin {}: archive {} is not in the plugins folder yet", pluginId, entry.getFileName());
            return false;
        }
        String archiveKey = entry.getSha512() + "@" + archive + "@" + modified(archive);
        Problem known = problems.get(pluginId);
        if (known != null && known.archive().equals(archiveKey)) {
            return false; // refused for these very bytes already; a new entry or a rewritten archive is tried again
        }
        Optional<String> problem = PluginFolder.sha512(archive).equals(entry.getSha512())
                ? live.follow(archive)
                : Optional.of("its archive " + entry.getFileName()
                        + " no longer matches the checksum recorded when it was approved");
        if (problem.isPresent()) {
            log.warn("Plugin {} is started on other replicas but not here: {}", pluginId, problem.get());
            problems.put(pluginId, new Problem(archiveKey, problem.get()));
            return false;
        }
        problems.remove(pluginId);
        live.announce(pluginId);
        log.info("Plugin {} {} started to follow the registry", pluginId, entry.getVersion());
        return true;
    }

    private static String modified(Path archive) {
        try {
            return Files.getLastModifiedTime(archive) + "/" + Files.size(archive);
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static String describe(InstalledPlugin entry) {
        return entry == null ? "uninstalled" : entry.getState() + " " + entry.getVersion();
    }
}
