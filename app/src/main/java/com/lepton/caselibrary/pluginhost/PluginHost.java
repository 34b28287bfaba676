package com.lepton.caselibrary.pluginhost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The case plugins of this portal: what the rest of the portal asks of them and does to them. It loads the
 * plugins folder at start and serialises every change; the work is done by its parts: {@link PluginFolder}
 * (the archives on disk), {@link PluginRegistry} (their states in the database), {@link LiveCases} (the cases the
 * started plugins bring), {@link PluginReview} (uploads) and {@link PluginUpgrades} (upgrades and rollbacks). PF4J
 * is split as pf4j-spring does: {@link CasePluginManager} asks the registry which plugins are disabled
 * ({@link RegistryPluginStatus}), and {@link CaseAnnouncer} publishes {@link PluginCasesChanged}. A broken plugin
 * is recorded as failed with its reason; the others and the portal keep working.
 */
@Service
public class PluginHost implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

    private final PluginFolder folder;
    private final PluginRegistry registry;
    private final LiveCases live;
    private final PluginReview review;
    private final PluginUpgrades upgrades;
    private final RegistryReconciler reconciler;
    private final ApplicationEventPublisher events;

    public PluginHost(
            PluginHostProperties properties,
            InstalledPluginRepository repository,
            UninstalledPluginRepository uninstalled,
            ApplicationEventPublisher events) {
        this.folder = new PluginFolder(properties.directory());
        this.registry = new PluginRegistry(repository, uninstalled);
        this.live = new LiveCases(folder, registry, events);
        this.review = new PluginReview(folder, registry, live, PluginSignatures.of(properties));
        this.upgrades = new PluginUpgrades(folder, registry, live);
        this.reconciler = new RegistryReconciler(folder, registry, live);
        this.events = events;
        loadAll();
    }

    /** The cases of all started plugins, in load order. */
    public synchronized List<LoadedCase> cases() {
        return live.all();
    }

    /** The case with this id, if a started plugin brings it. */
    public synchronized Optional<LoadedCase> find(String caseId) {
        return live.find(caseId);
    }

    /** The registry: every archive seen in the plugins folder and its state. */
    public List<InstalledPlugin> installed() {
        return registry.all();
    }

    /** Every started plugin's id, for operations views. */
    public Collection<String> startedPluginIds() {
        return live.startedPluginIds();
    }

    /** The version of this plugin that this replica runs, if it runs it. */
    public synchronized Optional<String> liveVersion(String pluginId) {
        return live.startedVersion(pluginId);
    }

    /** Marks a plugin failed after it started, e.g. when its model does not load. */
    public synchronized void markFailed(String pluginId, String reason) {
        live.drop(pluginId);
        registry.find(pluginId).ifPresent(entry -> registry.mark(entry, PluginState.FAILED, reason));
        announced(pluginId, PluginOutcome.DONE);
    }

    /**
     * Takes a started plugin out of service without a restart: its cases leave the catalog, its
     * models drain and unload, then its classes are unloaded. It stays disabled across restarts.
     *
     * @return refused ({@code NOT_NOW}) when no such plugin is started here
     */
    public synchronized PluginOutcome disable(String pluginId) {
        if (!live.isStarted(pluginId)) {
            return PluginOutcome.refused(
                    PluginOutcome.Reason.NOT_NOW, "plugin " + pluginId + " is not started on this replica");
        }
        List<String> withdrawn = live.withdraw(pluginId);
        registry.find(pluginId).ifPresent(entry -> registry.mark(entry, PluginState.DISABLED, null));
        log.info("Plugin {} disabled; withdrew {}", pluginId, withdrawn);
        return announced(pluginId, PluginOutcome.DONE);
    }

    /**
     * Loads and starts a disabled plugin again from its archive, without a restart.
     *
     * @return refused when the plugin is not disabled, its archive is gone, or it does not start
     */
    public synchronized PluginOutcome enable(String pluginId) {
        Optional<InstalledPlugin> found = registry.find(pluginId, PluginState.DISABLED);
        if (found.isEmpty()) {
            return PluginOutcome.refused(PluginOutcome.Reason.NOT_NOW, "plugin " + pluginId + " is not disabled");
        }
        InstalledPlugin entry = found.get();
        Path archive = folder.resolve(entry.getFileName());
        if (!folder.isFileInside(archive)) {
            String reason = "its archive " + entry.getFileName() + " is no longer in the plugins folder";
            registry.mark(entry, PluginState.FAILED, reason);
            return PluginOutcome.refused(PluginOutcome.Reason.ARCHIVE_MISSING, reason);
        }
        registry.mark(entry, PluginState.STARTED, null);
        live.load(archive);
        if (live.announce(pluginId)) {
            return announced(pluginId, PluginOutcome.DONE);
        }
        return announced(
                pluginId, PluginOutcome.refused(PluginOutcome.Reason.DID_NOT_START, registry.failureReason(pluginId)));
    }

    /**
     * The outcome of an upload: the plugin id held for review, or why the archive was refused.
     *
     * @param upgradeOf the live version a reviewed upload would replace, or null for a new plugin
     * @param notStored the archive was not at fault: the plugins folder could not be written
     */
    public record Submission(String pluginId, String version, String problem, String upgradeOf, boolean notStored) {
        public Submission(String pluginId, String version, String problem, String upgradeOf) {
            this(pluginId, version, problem, upgradeOf, false);
        }

        public Submission(String pluginId, String version, String problem) {
            this(pluginId, version, problem, null);
        }

        public boolean accepted() {
            return problem == null;
        }
    }

    /**
     * A plugin uploaded through the portal: checked like any archive (structure, manifest,
     * compatibility, id clash), written under {@code review/} and recorded IN_REVIEW, not loaded.
     * An administrator approves it ({@link #approve}) to make it live without a restart.
     */
    public synchronized Submission submit(byte[] bytes, String submittedBy) {
        return submit(bytes, submittedBy, false);
    }

    /**
     * As {@link #submit(byte[], String)}; a newer version of an installed plugin is held for review
     * as its upgrade while the installed one stays live. Only the plugin's submitter or an
     * administrator may upgrade it.
     */
    public synchronized Submission submit(byte[] bytes, String submittedBy, boolean administrator) {
        return announced(review.submit(bytes, submittedBy, administrator, null, null));
    }

    /**
     * As {@link #submit(byte[], String, boolean)}, refusing an archive whose manifest does not name
     * the plugin id and version expected (those a plugin repository listed for it).
     */
    synchronized Submission submit(
            byte[] bytes, String submittedBy, boolean administrator, String expectedId, String expectedVersion) {
        return announced(review.submit(bytes, submittedBy, administrator, expectedId, expectedVersion));
    }

    /** Makes a plugin in review live: its archive moves into the plugins folder and loads, without a restart. */
    public synchronized PluginOutcome approve(String pluginId) {
        return announced(pluginId, review.approve(pluginId));
    }

    /**
     * Makes a reviewed upgrade live without a restart: the installed version is withdrawn and kept
     * under {@code previous/} for a rollback, the new one loads. If the new one does not start,
     * the installed one is restored at once and the reason recorded.
     *
     * @return refused when there is no upgrade waiting, its archive changed, or it did not start
     */
    public synchronized PluginOutcome approveUpgrade(String pluginId) {
        return announced(pluginId, upgrades.approve(pluginId));
    }

    /** Drops an upgrade waiting for review; the installed version stays as it is. */
    public synchronized PluginOutcome rejectUpgrade(String pluginId) {
        return announced(pluginId, upgrades.reject(pluginId));
    }

    /**
     * Goes back to the version the last upgrade replaced, without a restart; the version rolled
     * back from is kept in its place, so the same action rolls forward again.
     *
     * @return refused when there is nothing to roll back to or it did not start
     */
    public synchronized PluginOutcome rollback(String pluginId) {
        return announced(pluginId, upgrades.rollback(pluginId));
    }

    /**
     * Removes a plugin that is in review, disabled or failed: its archive and its registry entry. An installed one
     * is remembered as uninstalled, so that no replica copies its bundled archive back when it starts.
     */
    public synchronized PluginOutcome uninstall(String pluginId) {
        Optional<InstalledPlugin> found = registry.find(pluginId)
                .filter(known -> known.getState() != PluginState.STARTED && !live.isLoaded(pluginId));
        if (found.isEmpty()) {
            return PluginOutcome.refused(
                    PluginOutcome.Reason.NOT_NOW, "plugin " + pluginId + " is running or not installed");
        }
        InstalledPlugin entry = found.get();
        Path archive = folder.resolve(entry.getFileName());
        try {
            if (archive.startsWith(folder.root()) && !archive.equals(folder.root())) {
                Files.deleteIfExists(archive);
            }
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", archive, e.toString());
            return PluginOutcome.refused(PluginOutcome.Reason.STORAGE_FAILED, e.toString());
        }
        folder.delete(entry.getPending());
        folder.delete(entry.getPrevious());
        if (entry.getState() == PluginState.IN_REVIEW) {
            registry.delete(entry); // a rejected or withdrawn upload: nothing of it to keep out
        } else {
            registry.uninstalled(entry);
        }
        log.info("Plugin {} uninstalled", pluginId);
        return announced(pluginId, PluginOutcome.DONE);
    }

    /**
     * Brings the live plugins to the registry's state, which another replica may have changed; called when one
     * says so and every few seconds (see {@code RegistryFollower}).
     *
     * @return the plugin ids withdrawn or started
     */
    public synchronized List<String> reconcile() {
        return reconciler.apply();
    }

    /** Why this replica does not run plugins the registry has started (e.g. too old a portal), by plugin id. */
    public Map<String, String> localProblems() {
        return reconciler.problems();
    }

    @Override
    public void destroy() {
        live.stopAll();
    }

    private synchronized void loadAll() {
        try {
            folder.prepare(registry::wasUninstalled);
        } catch (IOException e) {
            log.error("Cannot prepare the plugins folder {}: {}", folder.root(), e.toString());
            return;
        }
        try {
            folder.liveArchives().forEach(live::load);
        } catch (IOException e) {
            log.error("Cannot list the plugins folder {}: {}", folder.root(), e.toString());
        }
        log.info(
                "Plugins folder {}: {} case(s) from {} started plugin(s)",
                folder.root(),
                live.size(),
                live.startedPluginIds().size());
        reconciler.apply();
    }

    /** Tells the other replicas that the registry changed, whatever the outcome (a failure is a change too). */
    private PluginOutcome announced(String pluginId, PluginOutcome outcome) {
        events.publishEvent(new PluginRegistryChanged(pluginId));
        return outcome;
    }

    private Submission announced(Submission submission) {
        events.publishEvent(new PluginRegistryChanged(submission.pluginId()));
        return submission;
    }
}
