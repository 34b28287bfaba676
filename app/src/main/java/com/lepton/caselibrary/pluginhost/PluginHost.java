package com.lepton.caselibrary.pluginhost;

import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.PluginApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Loads the case plugins from the plugins folder with PF4J and keeps the registry of what
 * became of each archive. A broken plugin is recorded as failed with its reason; the others
 * and the portal keep working.
 */
@Service
public class PluginHost implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

    private final Path directory;
    private final InstalledPluginRepository registry;
    private final PluginManager manager;
    private final Map<String, LoadedCase> cases = new LinkedHashMap<>();
    private final ApplicationEventPublisher events;
    private final PluginSignatures signatures;

    public PluginHost(
            PluginHostProperties properties, InstalledPluginRepository registry, ApplicationEventPublisher events) {
        this.directory = properties.directory().toAbsolutePath().normalize();
        this.registry = registry;
        this.events = events;
        this.manager = new JarPluginManager(directory);
        this.manager.setSystemVersion(PluginApi.VERSION);
        this.signatures = PluginSignatures.of(properties);
        loadAll();
    }

    /** The cases of all started plugins, in load order. */
    public synchronized List<LoadedCase> cases() {
        return List.copyOf(cases.values());
    }

    /** The case with this id, if a started plugin brings it. */
    public synchronized Optional<LoadedCase> find(String caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    /** The registry: every archive seen in the plugins folder and its state. */
    public List<InstalledPlugin> installed() {
        return registry.findAll();
    }

    /** Marks a plugin failed after it started, e.g. when its model does not load. */
    public synchronized void markFailed(String pluginId, String reason) {
        log.warn("Plugin {} failed: {}", pluginId, reason);
        cases.values().removeIf(loaded -> loaded.pluginId().equals(pluginId));
        registry.findById(pluginId).ifPresent(entry -> {
            entry.record(entry.getVersion(), entry.getFileName(), entry.getSha512(), PluginState.FAILED, reason);
            registry.save(entry);
        });
    }

    /**
     * Takes a started plugin out of service without a restart: its cases leave the catalog, its
     * models drain and unload, then its classes are unloaded. It stays disabled across restarts.
     *
     * @return false when no such plugin is started
     */
    public synchronized boolean disable(String pluginId) {
        PluginWrapper wrapper = manager.getPlugin(pluginId);
        if (wrapper == null || wrapper.getPluginState() != org.pf4j.PluginState.STARTED) {
            return false;
        }
        List<String> withdrawn = withdraw(pluginId);
        registry.findById(pluginId).ifPresent(entry -> {
            entry.record(entry.getVersion(), entry.getFileName(), entry.getSha512(), PluginState.DISABLED, null);
            registry.save(entry);
        });
        log.info("Plugin {} disabled; withdrew {}", pluginId, withdrawn);
        return true;
    }

    /**
     * Loads and starts a disabled plugin again from its archive, without a restart.
     *
     * @return false when the plugin is not disabled or its archive is gone or fails
     */
    public synchronized boolean enable(String pluginId) {
        Optional<InstalledPlugin> entry =
                registry.findById(pluginId).filter(known -> known.getState() == PluginState.DISABLED);
        if (entry.isEmpty()) {
            return false;
        }
        Path archive = directory.resolve(entry.get().getFileName()).normalize();
        if (!archive.startsWith(directory) || !Files.isRegularFile(archive)) {
            record(
                    pluginId,
                    entry.get().getVersion(),
                    entry.get().getFileName(),
                    entry.get().getSha512(),
                    PluginState.FAILED,
                    "its archive " + entry.get().getFileName() + " is no longer in the plugins folder");
            return false;
        }
        entry.get()
                .record(
                        entry.get().getVersion(),
                        entry.get().getFileName(),
                        entry.get().getSha512(),
                        PluginState.STARTED,
                        null);
        registry.save(entry.get());
        load(archive);
        return publishAdded(pluginId);
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
        return submit(bytes, submittedBy, administrator, null, null);
    }

    /**
     * As {@link #submit(byte[], String, boolean)}, refusing an archive whose manifest does not name
     * the plugin id and version expected (those a plugin repository listed for it).
     */
    synchronized Submission submit(
            byte[] bytes, String submittedBy, boolean administrator, String expectedId, String expectedVersion) {
        Path review = directory.resolve("review");
        Path upload = null;
        try {
            Files.createDirectories(review);
            upload = Files.createTempFile(review, "upload-", ".jar");
            Files.write(upload, bytes);
            PluginArchiveCheck.Result check = PluginArchiveCheck.check(upload);
            if (!check.ok()) {
                return new Submission(check.pluginId(), check.version(), check.problem());
            }
            Optional<String> unsigned = signatures.problem(upload);
            if (unsigned.isPresent()) {
                return new Submission(check.pluginId(), check.version(), unsigned.get());
            }
            if (expectedId != null
                    && (!expectedId.equals(check.pluginId()) || !expectedVersion.equals(check.version()))) {
                return new Submission(
                        check.pluginId(),
                        check.version(),
                        "the archive's manifest names " + check.pluginId() + " " + check.version()
                                + ", the repository listed " + expectedId + " " + expectedVersion);
            }
            Optional<InstalledPlugin> known =
                    registry.findById(check.pluginId()).filter(entry -> entry.getState() != PluginState.FAILED);
            String fileName = check.pluginId() + "-" + check.version().replaceAll("[^A-Za-z0-9.+-]", "_") + ".jar";
            if (known.isPresent()) {
                String refusal = upgradeRefusal(known.get(), check.version(), submittedBy, administrator);
                if (refusal != null) {
                    return new Submission(check.pluginId(), check.version(), refusal);
                }
                holdUpgrade(known.get(), upload, review.resolve(fileName), submittedBy);
                upload = null;
                return new Submission(
                        check.pluginId(), check.version(), null, known.get().getVersion());
            }
            Files.move(upload, review.resolve(fileName), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            upload = null;
            record(
                    check.pluginId(),
                    check.version(),
                    "review/" + fileName,
                    sha512(review.resolve(fileName)),
                    PluginState.IN_REVIEW,
                    null);
            registry.findById(check.pluginId()).ifPresent(entry -> {
                entry.submittedBy(submittedBy);
                registry.save(entry);
            });
            return new Submission(check.pluginId(), check.version(), null);
        } catch (IOException e) {
            // A read-only or full plugins folder: the partner is told so (without server paths), the log keeps the
            // cause.
            log.error("Cannot store an uploaded plugin under {}: {}", review, e.toString());
            return new Submission(null, null, "cannot be stored: " + e.getMessage(), null, true);
        } finally {
            if (upload != null) {
                try {
                    Files.deleteIfExists(upload);
                } catch (IOException e) {
                    log.warn("Cannot delete the refused upload {}: {}", upload, e.toString());
                }
            }
        }
    }

    private String upgradeRefusal(
            InstalledPlugin installed, String version, String submittedBy, boolean administrator) {
        if (installed.getState() == PluginState.IN_REVIEW) {
            return "the plugin " + installed.getPluginId() + " is already waiting for review; withdraw it first";
        }
        if (!administrator && !submittedBy.equals(installed.getSubmittedBy())) {
            return "a plugin with the id " + installed.getPluginId() + " is already installed by another provider; "
                    + "only its submitter or an administrator can upgrade it";
        }
        if (manager.getVersionManager().compareVersions(version, installed.getVersion()) <= 0) {
            return "version " + version + " is not newer than the installed " + installed.getVersion()
                    + "; an upgrade needs a higher Plugin-Version";
        }
        return null;
    }

    private void holdUpgrade(InstalledPlugin installed, Path upload, Path target, String submittedBy)
            throws IOException {
        deleteArchive(installed.getPendingFileName());
        Files.move(upload, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        PluginArchiveCheck.Result check = PluginArchiveCheck.check(target);
        installed.pendingUpgrade(check.version(), "review/" + target.getFileName(), sha512(target), submittedBy);
        registry.save(installed);
        log.info(
                "Plugin {} {} waits for review as an upgrade of {}",
                installed.getPluginId(),
                check.version(),
                installed.getVersion());
    }

    /**
     * Makes a reviewed upgrade live without a restart: the installed version is withdrawn and kept
     * under {@code previous/} for a rollback, the new one loads. If the new one does not start,
     * the installed one is restored at once and the reason recorded.
     *
     * @return false when there is no upgrade waiting or it did not start
     */
    public synchronized boolean approveUpgrade(String pluginId) {
        Optional<InstalledPlugin> found =
                registry.findById(pluginId).filter(known -> known.getPendingVersion() != null);
        if (found.isEmpty()) {
            return false;
        }
        InstalledPlugin entry = found.get();
        Path pending = directory.resolve(entry.getPendingFileName()).normalize();
        if (!pending.startsWith(directory.resolve("review"))
                || !Files.isRegularFile(pending)
                || !sha512(pending).equals(entry.getPendingSha512())) {
            log.warn(
                    "Upgrade of {} refused: its reviewed archive {} is gone or changed since review",
                    pluginId,
                    entry.getPendingFileName());
            entry.clearPendingUpgrade();
            registry.save(entry);
            return false;
        }
        String upgradedTo = entry.getPendingVersion();
        String replacedVersion = entry.getVersion();
        String replacedSha512 = entry.getSha512();
        String oldPrevious = entry.getPreviousFileName();
        Path live = directory.resolve(entry.getFileName()).normalize();
        Path target = directory.resolve(pending.getFileName());
        String parked = "previous/" + live.getFileName();
        withdraw(pluginId);
        try {
            Files.createDirectories(directory.resolve("previous"));
            Files.move(live, directory.resolve(parked), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(pending, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.warn("Upgrade of {} to {} could not move its archives: {}", pluginId, upgradedTo, e.toString());
            restore(
                    pluginId,
                    replacedVersion,
                    live,
                    parked,
                    replacedSha512,
                    "upgrade to " + upgradedTo + " failed (" + e.getMessage() + ")");
            return false;
        }
        load(target);
        InstalledPlugin after = registry.findById(pluginId).orElseThrow();
        if (publishAdded(pluginId)) {
            if (oldPrevious != null && !oldPrevious.equals(parked)) {
                deleteArchive(oldPrevious);
            }
            after.upgraded(replacedVersion, parked, replacedSha512);
            registry.save(after);
            log.info("Plugin {} upgraded from {} to {}", pluginId, replacedVersion, upgradedTo);
            return true;
        }
        // The new version did not start: it goes, the replaced one comes back as it was.
        String reason = after.getFailureReason();
        deleteArchive(target.getFileName().toString());
        restore(
                pluginId,
                replacedVersion,
                live,
                parked,
                replacedSha512,
                "upgrade to " + upgradedTo + " failed (" + reason + ")");
        return false;
    }

    /** Puts a parked archive back live after a failed upgrade, loads it and records why the upgrade failed. */
    private void restore(String pluginId, String version, Path live, String parked, String sha512, String why) {
        try {
            if (Files.isRegularFile(directory.resolve(parked))) {
                Files.move(directory.resolve(parked), live, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.error("Cannot put {} back after a failed upgrade of {}: {}", parked, pluginId, e.toString());
        }
        record(pluginId, version, live.getFileName().toString(), sha512, PluginState.STARTED, null);
        load(live);
        boolean restored = publishAdded(pluginId);
        InstalledPlugin entry = registry.findById(pluginId).orElseThrow();
        entry.clearPendingUpgrade();
        entry.record(
                entry.getVersion(),
                entry.getFileName(),
                entry.getSha512(),
                entry.getState(),
                why + "; " + version + (restored ? " restored" : " could not be restored"));
        registry.save(entry);
    }

    /** Drops an upgrade waiting for review; the installed version stays as it is. */
    public synchronized boolean rejectUpgrade(String pluginId) {
        Optional<InstalledPlugin> found =
                registry.findById(pluginId).filter(known -> known.getPendingVersion() != null);
        if (found.isEmpty()) {
            return false;
        }
        deleteArchive(found.get().getPendingFileName());
        found.get().clearPendingUpgrade();
        registry.save(found.get());
        return true;
    }

    /**
     * Goes back to the version the last upgrade replaced, without a restart; the version rolled
     * back from is kept in its place, so the same action rolls forward again.
     *
     * @return false when there is nothing to roll back to or it did not start
     */
    public synchronized boolean rollback(String pluginId) {
        Optional<InstalledPlugin> found = registry.findById(pluginId)
                .filter(known -> known.getPreviousFileName() != null && known.getState() != PluginState.IN_REVIEW);
        if (found.isEmpty()) {
            return false;
        }
        InstalledPlugin entry = found.get();
        Path previous = directory.resolve(entry.getPreviousFileName()).normalize();
        if (!previous.startsWith(directory.resolve("previous")) || !Files.isRegularFile(previous)) {
            log.warn("Cannot roll {} back: {} is gone", pluginId, entry.getPreviousFileName());
            entry.clearPrevious();
            registry.save(entry);
            return false;
        }
        withdraw(pluginId);
        Path live = directory.resolve(entry.getFileName()).normalize();
        Path restored = directory.resolve(previous.getFileName());
        String parked = "previous/" + live.getFileName();
        try {
            boolean liveExists = Files.isRegularFile(live) && live.startsWith(directory);
            if (liveExists) {
                Files.move(live, directory.resolve(parked), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(previous, restored, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            entry.swapWithPrevious(restored.getFileName().toString(), liveExists ? parked : null);
            if (!liveExists) {
                entry.clearPrevious();
            }
            registry.save(entry);
        } catch (IOException e) {
            log.warn("Cannot roll {} back: {}", pluginId, e.toString());
            return false;
        }
        load(restored);
        boolean started = publishAdded(pluginId);
        log.info(
                "Plugin {} rolled back to {}: {}", pluginId, entry.getVersion(), started ? "started" : "did not start");
        return started;
    }

    /** Takes a plugin's cases out of service and unloads it, if it is loaded; returns the withdrawn case ids. */
    private List<String> withdraw(String pluginId) {
        PluginWrapper wrapper = manager.getPlugin(pluginId);
        List<String> withdrawn = cases.values().stream()
                .filter(loaded -> loaded.pluginId().equals(pluginId))
                .map(LoadedCase::caseId)
                .toList();
        cases.values().removeIf(loaded -> loaded.pluginId().equals(pluginId));
        if (!withdrawn.isEmpty()) {
            events.publishEvent(new PluginCasesChanged(pluginId, List.of(), withdrawn));
        }
        if (wrapper != null) {
            if (wrapper.getPluginState() == org.pf4j.PluginState.STARTED) {
                manager.stopPlugin(pluginId);
            }
            manager.unloadPlugin(pluginId);
        }
        return withdrawn;
    }

    /** Announces a plugin's cases after it loaded; false when it brought none (it failed). */
    private boolean publishAdded(String pluginId) {
        List<LoadedCase> added = cases.values().stream()
                .filter(loaded -> loaded.pluginId().equals(pluginId))
                .toList();
        if (added.isEmpty()) {
            return false;
        }
        events.publishEvent(new PluginCasesChanged(pluginId, added, List.of()));
        return true;
    }

    /** Deletes an archive named relative to the plugins folder, if it is inside it. */
    private void deleteArchive(String relativeName) {
        if (relativeName == null) {
            return;
        }
        Path archive = directory.resolve(relativeName).normalize();
        try {
            if (archive.startsWith(directory) && !archive.equals(directory)) {
                Files.deleteIfExists(archive);
            }
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", archive, e.toString());
        }
    }

    /** Makes a plugin in review live: its archive moves into the plugins folder and loads, without a restart. */
    public synchronized boolean approve(String pluginId) {
        Optional<InstalledPlugin> entry =
                registry.findById(pluginId).filter(known -> known.getState() == PluginState.IN_REVIEW);
        if (entry.isEmpty()) {
            return false;
        }
        Path source = directory.resolve(entry.get().getFileName()).normalize();
        Path target = directory.resolve(source.getFileName()).normalize();
        if (!source.startsWith(directory.resolve("review")) || !Files.isRegularFile(source)) {
            record(
                    pluginId,
                    entry.get().getVersion(),
                    entry.get().getFileName(),
                    entry.get().getSha512(),
                    PluginState.FAILED,
                    "its uploaded archive is no longer in review");
            return false;
        }
        try {
            Files.move(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            record(
                    pluginId,
                    entry.get().getVersion(),
                    entry.get().getFileName(),
                    entry.get().getSha512(),
                    PluginState.FAILED,
                    "cannot move into the plugins folder: " + e.getMessage());
            return false;
        }
        load(target);
        return publishAdded(pluginId);
    }

    /** Removes a plugin that is in review, disabled or failed: its archive and its registry entry. */
    public synchronized boolean uninstall(String pluginId) {
        Optional<InstalledPlugin> entry = registry.findById(pluginId)
                .filter(known -> known.getState() != PluginState.STARTED && manager.getPlugin(pluginId) == null);
        if (entry.isEmpty()) {
            return false;
        }
        Path archive = directory.resolve(entry.get().getFileName()).normalize();
        try {
            if (archive.startsWith(directory) && !archive.equals(directory)) {
                Files.deleteIfExists(archive);
            }
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", archive, e.toString());
            return false;
        }
        deleteArchive(entry.get().getPendingFileName());
        deleteArchive(entry.get().getPreviousFileName());
        registry.delete(entry.get());
        log.info("Plugin {} uninstalled", pluginId);
        return true;
    }

    private synchronized void loadAll() {
        try {
            Files.createDirectories(directory);
            BundledPlugins.installInto(directory);
        } catch (IOException e) {
            log.error("Cannot prepare the plugins folder {}: {}", directory, e.toString());
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(PluginArchiveCheck::isArchive).sorted().forEach(this::load);
        } catch (IOException e) {
            log.error("Cannot list the plugins folder {}: {}", directory, e.toString());
        }
        log.info(
                "Plugins folder {}: {} case(s) from {} started plugin(s)",
                directory,
                cases.size(),
                manager.getStartedPlugins().size());
    }

    private void load(Path archive) {
        String fileName = archive.getFileName().toString();
        String checksum = sha512(archive);
        PluginArchiveCheck.Result check = PluginArchiveCheck.check(archive);
        if (!check.ok()) {
            String id = check.pluginId() != null && check.pluginId().length() <= 64
                    ? check.pluginId()
                    : fallbackId(fileName);
            record(id, check.version(), fileName, checksum, PluginState.FAILED, fileName + ": " + check.problem());
            return;
        }
        Optional<InstalledPlugin> known = registry.findById(check.pluginId());
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
        if (known.filter(entry -> entry.getState() == PluginState.DISABLED && checksum.equals(entry.getSha512()))
                .isPresent()) {
            log.info("Plugin {} is disabled; not loading it", check.pluginId());
            return;
        }
        try {
            String id = manager.loadPlugin(archive);
            manager.startPlugin(id);
            PluginWrapper wrapper = manager.getPlugin(id);
            if (wrapper.getPluginState() != org.pf4j.PluginState.STARTED) {
                Throwable failure = wrapper.getFailedException();
                throw new PluginLoadException("did not start" + (failure != null ? ": " + failure : ""));
            }
            List<LoadedCase> contributed = collectCases(wrapper, archive);
            contributed.forEach(loaded -> cases.put(loaded.caseId(), loaded));
            record(id, check.version(), fileName, checksum, PluginState.STARTED, null);
        } catch (RuntimeException | LinkageError | PluginLoadException e) {
            unloadQuietly(check.pluginId());
            record(
                    check.pluginId(),
                    check.version(),
                    fileName,
                    checksum,
                    PluginState.FAILED,
                    e.getMessage() != null ? e.getMessage() : e.toString());
        }
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
                && Files.isRegularFile(directory.resolve(entry.getFileName()).normalize())
                && manager.getVersionManager().compareVersions(version, entry.getVersion()) <= 0;
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

    private void record(String id, String version, String fileName, String checksum, PluginState state, String reason) {
        if (state == PluginState.FAILED) {
            log.warn("Plugin {} ({}) failed: {}", id, fileName, reason);
        } else {
            log.info("Plugin {} {} {}", id, version, state);
        }
        InstalledPlugin entry = registry.findById(id).orElseGet(() -> new InstalledPlugin(id));
        entry.record(version == null ? "?" : version, fileName, checksum, state, reason);
        registry.save(entry);
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

    static String sha512(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-512");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every started plugin's id, for operations views. */
    public Collection<String> startedPluginIds() {
        return manager.getStartedPlugins().stream()
                .map(PluginWrapper::getPluginId)
                .toList();
    }

    @Override
    public void destroy() {
        manager.stopPlugins();
        manager.unloadPlugins();
    }

    /** Why a plugin archive could not be turned into running cases. */
    static final class PluginLoadException extends Exception {
        PluginLoadException(String message) {
            super(message);
        }
    }
}
