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

    public PluginHost(PluginHostProperties properties, InstalledPluginRepository registry, ApplicationEventPublisher events) {
        this.directory = properties.directory().toAbsolutePath().normalize();
        this.registry = registry;
        this.events = events;
        this.manager = new JarPluginManager(directory);
        this.manager.setSystemVersion(PluginApi.VERSION);
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
        List<String> withdrawn = cases.values().stream().filter(loaded -> loaded.pluginId().equals(pluginId)).map(LoadedCase::caseId).toList();
        cases.values().removeIf(loaded -> loaded.pluginId().equals(pluginId));
        events.publishEvent(new PluginCasesChanged(pluginId, List.of(), withdrawn));
        manager.stopPlugin(pluginId);
        manager.unloadPlugin(pluginId);
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
        Optional<InstalledPlugin> entry = registry.findById(pluginId).filter(known -> known.getState() == PluginState.DISABLED);
        if (entry.isEmpty()) {
            return false;
        }
        Path archive = directory.resolve(entry.get().getFileName()).normalize();
        if (!archive.startsWith(directory) || !Files.isRegularFile(archive)) {
            record(pluginId, entry.get().getVersion(), entry.get().getFileName(), entry.get().getSha512(), PluginState.FAILED,
                    "its archive " + entry.get().getFileName() + " is no longer in the plugins folder");
            return false;
        }
        entry.get().record(entry.get().getVersion(), entry.get().getFileName(), entry.get().getSha512(), PluginState.STARTED, null);
        registry.save(entry.get());
        load(archive);
        List<LoadedCase> added = cases.values().stream().filter(loaded -> loaded.pluginId().equals(pluginId)).toList();
        if (added.isEmpty()) {
            return false;
        }
        events.publishEvent(new PluginCasesChanged(pluginId, added, List.of()));
        return true;
    }

    /** The outcome of an upload: the plugin id held for review, or why the archive was refused. */
    public record Submission(String pluginId, String version, String problem) {
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
            Optional<InstalledPlugin> known = registry.findById(check.pluginId()).filter(entry -> entry.getState() != PluginState.FAILED);
            if (known.isPresent()) {
                return new Submission(check.pluginId(), check.version(), "a plugin with the id " + check.pluginId() + " is already installed ("
                        + known.get().getState() + "); an administrator must uninstall it first");
            }
            String fileName = check.pluginId() + "-" + check.version().replaceAll("[^A-Za-z0-9.+-]", "_") + ".jar";
            Files.move(upload, review.resolve(fileName), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            upload = null;
            record(check.pluginId(), check.version(), "review/" + fileName, sha512(review.resolve(fileName)), PluginState.IN_REVIEW, null);
            registry.findById(check.pluginId()).ifPresent(entry -> {
                entry.submittedBy(submittedBy);
                registry.save(entry);
            });
            return new Submission(check.pluginId(), check.version(), null);
        } catch (IOException e) {
            return new Submission(null, null, "cannot be stored: " + e.getMessage());
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

    /** Makes a plugin in review live: its archive moves into the plugins folder and loads, without a restart. */
    public synchronized boolean approve(String pluginId) {
        Optional<InstalledPlugin> entry = registry.findById(pluginId).filter(known -> known.getState() == PluginState.IN_REVIEW);
        if (entry.isEmpty()) {
            return false;
        }
        Path source = directory.resolve(entry.get().getFileName()).normalize();
        Path target = directory.resolve(source.getFileName()).normalize();
        if (!source.startsWith(directory.resolve("review")) || !Files.isRegularFile(source)) {
            record(pluginId, entry.get().getVersion(), entry.get().getFileName(), entry.get().getSha512(), PluginState.FAILED,
                    "its uploaded archive is no longer in review");
            return false;
        }
        try {
            Files.move(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            record(pluginId, entry.get().getVersion(), entry.get().getFileName(), entry.get().getSha512(), PluginState.FAILED,
                    "cannot move into the plugins folder: " + e.getMessage());
            return false;
        }
        load(target);
        List<LoadedCase> added = cases.values().stream().filter(loaded -> loaded.pluginId().equals(pluginId)).toList();
        if (added.isEmpty()) {
            return false;
        }
        events.publishEvent(new PluginCasesChanged(pluginId, added, List.of()));
        return true;
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
        log.info("Plugins folder {}: {} case(s) from {} started plugin(s)", directory, cases.size(),
                manager.getStartedPlugins().size());
    }

    private void load(Path archive) {
        String fileName = archive.getFileName().toString();
        String checksum = sha512(archive);
        PluginArchiveCheck.Result check = PluginArchiveCheck.check(archive);
        if (!check.ok()) {
            String id = check.pluginId() != null && check.pluginId().length() <= 64 ? check.pluginId() : fallbackId(fileName);
            record(id, check.version(), fileName, checksum, PluginState.FAILED, fileName + ": " + check.problem());
            return;
        }
        Optional<InstalledPlugin> known = registry.findById(check.pluginId());
        if (manager.getPlugin(check.pluginId()) != null) {
            log.warn("Skipping {}: plugin id {} is already loaded from another archive", fileName, check.pluginId());
            return;
        }
        if (known.filter(entry -> entry.getState() == PluginState.DISABLED && checksum.equals(entry.getSha512())).isPresent()) {
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
            record(check.pluginId(), check.version(), fileName, checksum, PluginState.FAILED, e.getMessage() != null ? e.getMessage() : e.toString());
        }
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
                throw new PluginLoadException("case id " + descriptor.id() + " is already provided by plugin " + cases.get(descriptor.id()).pluginId());
            }
            contributed.add(new LoadedCase(wrapper.getPluginId(), wrapper.getDescriptor().getVersion(), archive, descriptor, extension));
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
        return manager.getStartedPlugins().stream().map(PluginWrapper::getPluginId).toList();
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
