package com.lepton.caselibrary.pluginhost;

import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The started plugins and the cases they bring: loads an archive with PF4J ({@link CasePluginManager}), records what
 * became of it, and has {@link CaseAnnouncer} announce cases as they come ({@link #announce}) and go (a plugin
 * stopped, e.g. by {@link #withdraw}). Not thread-safe: {@link PluginHost} serialises every call.
 */
final class LiveCases {

    private static final Logger log = LoggerFactory.getLogger(LiveCases.class);

    private final PluginManager manager;
    private final PluginFolder folder;
    private final PluginRegistry registry;
    private final CaseAnnouncer announcer;
    private final Map<String, LoadedCase> cases = new LinkedHashMap<>();

    LiveCases(PluginFolder folder, PluginRegistry registry, ApplicationEventPublisher events) {
        this.folder = folder;
        this.registry = registry;
        this.manager = new CasePluginManager(folder.root(), registry);
        this.announcer = new CaseAnnouncer(events, this::drop);
        this.manager.addPluginStateListener(announcer);
    }

    List<LoadedCase> all() {
        return List.copyOf(cases.values());
    }

    Optional<LoadedCase> find(String caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    int size() {
        return cases.size();
    }

    boolean isStarted(String pluginId) {
        PluginWrapper wrapper = manager.getPlugin(pluginId);
        return wrapper != null && wrapper.getPluginState().isStarted();
    }

    boolean isLoaded(String pluginId) {
        return manager.getPlugin(pluginId) != null;
    }

    /** Negative, zero or positive as {@code version} is older than, equal to or newer than {@code other}. */
    int compareVersions(String version, String other) {
        return manager.getVersionManager().compareVersions(version, other);
    }

    Collection<String> startedPluginIds() {
        return manager.getStartedPlugins().stream()
                .map(PluginWrapper::getPluginId)
                .toList();
    }

    /** Drops a started plugin's cases (e.g. its model did not load); the plugin itself stays loaded. */
    List<String> drop(String pluginId) {
        List<String> dropped = caseIds(pluginId);
        cases.keySet().removeAll(dropped);
        return dropped;
    }

    private List<String> caseIds(String pluginId) {
        return cases.values().stream()
                .filter(loaded -> loaded.pluginId().equals(pluginId))
                .map(LoadedCase::caseId)
                .toList();
    }

    /**
     * Loads and starts the plugin in this archive and records the outcome: STARTED with its cases, or FAILED with
     * the reason. An archive the registry says is superseded, or disabled, is skipped.
     */
    void load(Path archive) {
        String fileName = archive.getFileName().toString();
        String checksum = PluginFolder.sha512(archive);
        PluginArchiveCheck.Result check = PluginArchiveCheck.check(archive);
        if (!check.ok()) {
            String id = check.pluginId() != null && check.pluginId().length() <= 64
                    ? check.pluginId()
                    : fallbackId(fileName);
            registry.record(
                    id, check.version(), fileName, checksum, PluginState.FAILED, fileName + ": " + check.problem());
            return;
        }
        Optional<InstalledPlugin> known = registry.find(check.pluginId());
        if (known.filter(entry -> supersedes(entry, fileName, check.version())).isPresent()) {
            log.info(
                    "Skipping {}: plugin {} is installed as {} {}",
                    fileName,
                    check.pluginId(),
                    known.get().getFileName(),
                    known.get().getVersion());
            return;
        }
        if (manager.getPlugin(check.pluginId()) != null) {
            log.warn("Skipping {}: plugin id {} is already loaded from another archive", fileName, check.pluginId());
            return;
        }
        // Stays here, not in RegistryPluginStatus: PF4J asks it by plugin id only, this rule needs the checksum.
        if (known.filter(entry -> entry.getState() == PluginState.DISABLED && checksum.equals(entry.getSha512()))
                .isPresent()) {
            log.info("Plugin {} is disabled; not loading it", check.pluginId());
            return;
        }
        if (known.filter(entry -> changedSinceApproval(entry, fileName, checksum))
                .isPresent()) {
            log.warn(
                    "Refusing {}: its bytes no longer match the checksum recorded when plugin {} was approved",
                    fileName,
                    check.pluginId());
            return;
        }
        Optional<String> problem = start(archive, check.pluginId());
        registry.record(
                check.pluginId(),
                check.version(),
                fileName,
                checksum,
                problem.isEmpty() ? PluginState.STARTED : PluginState.FAILED,
                problem.orElse(null));
    }

    /**
     * Starts the plugin in this archive as the registry already records it (another replica made the change);
     * records nothing, so that a replica that cannot run it does not change what the others run.
     *
     * @return why it did not start, or empty when it did
     */
    Optional<String> follow(Path archive) {
        PluginArchiveCheck.Result check = PluginArchiveCheck.check(archive);
        if (!check.ok()) {
            return Optional.of(check.problem());
        }
        if (manager.getPlugin(check.pluginId()) != null) {
            return Optional.of("plugin id " + check.pluginId() + " is already loaded from another archive");
        }
        return start(archive, check.pluginId());
    }

    Optional<String> startedVersion(String pluginId) {
        return isStarted(pluginId)
                ? Optional.of(manager.getPlugin(pluginId).getDescriptor().getVersion())
                : Optional.empty();
    }

    /** The ids of the loaded plugins, started or not. */
    List<String> loadedPluginIds() {
        return manager.getPlugins().stream().map(PluginWrapper::getPluginId).toList();
    }

    /** True when this plugin runs from an archive of this file name (at the folder's top) and version. */
    boolean runs(String pluginId, String fileName, String version) {
        PluginWrapper wrapper = manager.getPlugin(pluginId);
        return wrapper != null
                && wrapper.getPluginState().isStarted()
                && wrapper.getPluginPath()
                        .getFileName()
                        .toString()
                        .equals(Path.of(fileName).getFileName().toString())
                && wrapper.getDescriptor().getVersion().equals(version);
    }

    private Optional<String> start(Path archive, String pluginId) {
        try {
            String id = manager.loadPlugin(archive);
            manager.startPlugin(id);
            PluginWrapper wrapper = manager.getPlugin(id);
            if (!wrapper.getPluginState().isStarted()) {
                Throwable failure = wrapper.getFailedException();
                throw new PluginLoadException("did not start" + (failure != null ? ": " + failure : ""));
            }
            List<LoadedCase> contributed = collectCases(wrapper, archive);
            contributed.forEach(loaded -> cases.put(loaded.caseId(), loaded));
            return Optional.empty();
        } catch (RuntimeException | LinkageError | PluginLoadException e) {
            unloadQuietly(pluginId);
            return Optional.of(e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    /**
     * An archive uploaded through the portal and approved (its checksum recorded then) whose bytes have changed
     * since: refused. Bundled archives are rewritten from the portal jar at every start, so they are not held to it.
     */
    private static boolean changedSinceApproval(InstalledPlugin entry, String fileName, String checksum) {
        return entry.getSubmittedBy() != null
                && (entry.getState() == PluginState.STARTED || entry.getState() == PluginState.DISABLED)
                && entry.getFileName().equals(fileName)
                && !checksum.equals(entry.getSha512());
    }

    /** Takes a plugin's cases out of service and unloads it, if it is loaded; returns the withdrawn case ids. */
    List<String> withdraw(String pluginId) {
        PluginWrapper wrapper = manager.getPlugin(pluginId);
        List<String> withdrawn = caseIds(pluginId);
        if (wrapper != null && wrapper.getPluginState().isStarted()) {
            manager.stopPlugin(pluginId); // CaseAnnouncer hears it and withdraws the cases
        }
        announcer.withdraw(pluginId); // cases of a plugin not started (none expected): withdrawn as before
        if (wrapper != null) {
            manager.unloadPlugin(pluginId);
        }
        return withdrawn;
    }

    /** Announces a plugin's cases after it loaded; false when it brought none (it failed). */
    boolean announce(String pluginId) {
        return announcer.added(
                pluginId,
                cases.values().stream()
                        .filter(loaded -> loaded.pluginId().equals(pluginId))
                        .toList());
    }

    void stopAll() {
        manager.removePluginStateListener(announcer); // nothing is announced at shutdown, as before
        manager.stopPlugins();
        manager.unloadPlugins();
    }

    /**
     * True when the registry names another archive, still present, as this plugin's installed
     * one and this archive is not newer: a bundled archive copied back at start-up after an
     * upgrade or a rollback must not replace what the administrator chose.
     */
    private boolean supersedes(InstalledPlugin entry, String fileName, String version) {
        return entry.getState() != PluginState.FAILED
                && entry.getState() != PluginState.IN_REVIEW
                && !entry.getFileName().equals(fileName)
                && Files.isRegularFile(folder.resolve(entry.getFileName()))
                && compareVersions(version, entry.getVersion()) <= 0;
    }

    private List<LoadedCase> collectCases(PluginWrapper wrapper, Path archive) throws PluginLoadException {
        List<CaseStudyPlugin> extensions = manager.getExtensions(CaseStudyPlugin.class, wrapper.getPluginId());
        if (extensions.isEmpty()) {
            throw new PluginLoadException("contributes no CaseStudyPlugin extension "
                    + "(is META-INF/extensions.idx in the jar, and are plugin-api, DJL and Vaadin left out of it?)");
        }
        List<LoadedCase> contributed = new ArrayList<>();
        for (CaseStudyPlugin extension : extensions) {
            CaseDescriptor descriptor = extension.descriptor();
            if (cases.containsKey(descriptor.id())) {
                throw new PluginLoadException("case id " + descriptor.id() + " is already provided by plugin "
                        + cases.get(descriptor.id()).pluginId());
            }
            contributed.add(new LoadedCase(
                    wrapper.getPluginId(), wrapper.getDescriptor().getVersion(), archive, descriptor, extension));
        }
        return contributed;
    }

    private void unloadQuietly(String pluginId) {
        try {
            if (pluginId != null && manager.getPlugin(pluginId) != null) {
                manager.unloadPlugin(pluginId);
            }
        } catch (RuntimeException e) {
            log.debug("Unloading {} after a failure also failed", pluginId, e);
        }
    }

    private static String fallbackId(String fileName) {
        String id = "archive:" + fileName;
        return id.length() <= 64 ? id : id.substring(0, 64);
    }

    /** Why a plugin archive could not be turned into running cases. */
    static final class PluginLoadException extends Exception {
        PluginLoadException(String message) {
            super(message);
        }
    }
}
