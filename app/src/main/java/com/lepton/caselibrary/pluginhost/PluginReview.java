package com.lepton.caselibrary.pluginhost;

import com.lepton.caselibrary.pluginhost.PluginHost.Submission;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads on their way in: an archive is checked like any other (structure, manifest, compatibility, signature,
 * id clash), held under {@code review/} and recorded IN_REVIEW, or held as the upgrade of the installed version;
 * an administrator's approval makes a new plugin live. Upgrades are approved by {@link PluginUpgrades}.
 */
@RequiredArgsConstructor
final class PluginReview {

    private static final Logger log = LoggerFactory.getLogger(PluginReview.class);

    private final PluginFolder folder;
    private final PluginRegistry registry;
    private final LiveCases live;
    private final PluginSignatures signatures;

    Submission submit(
            byte[] bytes, String submittedBy, boolean administrator, String expectedId, String expectedVersion) {
        Path upload = null;
        try {
            upload = folder.storeUpload(bytes);
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
                    registry.find(check.pluginId()).filter(entry -> entry.getState() != PluginState.FAILED);
            String fileName = check.pluginId() + "-" + check.version().replaceAll("[^A-Za-z0-9.+-]", "_") + ".jar";
            Path held = folder.inReview(fileName);
            if (known.isPresent()) {
                String refusal = upgradeRefusal(known.get(), check.version(), submittedBy, administrator);
                if (refusal != null) {
                    return new Submission(check.pluginId(), check.version(), refusal);
                }
                holdUpgrade(known.get(), upload, held, submittedBy);
                upload = null;
                return new Submission(
                        check.pluginId(), check.version(), null, known.get().getVersion());
            }
            folder.move(upload, held);
            upload = null;
            registry.record(
                    check.pluginId(),
                    check.version(),
                    PluginFolder.REVIEW + "/" + fileName,
                    PluginFolder.sha512(held),
                    PluginState.IN_REVIEW,
                    null);
            registry.find(check.pluginId()).ifPresent(entry -> {
                entry.submittedBy(submittedBy);
                registry.save(entry);
            });
            return new Submission(check.pluginId(), check.version(), null);
        } catch (IOException e) {
            // A read-only or full plugins folder: the partner is told so (without server paths), the log keeps the
            // cause.
            log.error("Cannot store an uploaded plugin under {}: {}", folder.root(), e.toString());
            return new Submission(null, null, "cannot be stored: " + e.getMessage(), null, true);
        } finally {
            if (upload != null) {
                folder.deleteQuietly(upload);
            }
        }
    }

    /** Makes a plugin in review live: its archive moves into the plugins folder and loads, without a restart. */
    PluginOutcome approve(String pluginId) {
        Optional<InstalledPlugin> found = registry.find(pluginId, PluginState.IN_REVIEW);
        if (found.isEmpty()) {
            return PluginOutcome.refused(PluginOutcome.Reason.NOT_NOW, "plugin " + pluginId + " is not in review");
        }
        InstalledPlugin entry = found.get();
        Path source = folder.resolve(entry.getFileName());
        if (!folder.isFileIn(PluginFolder.REVIEW, source)) {
            registry.mark(entry, PluginState.FAILED, "its uploaded archive is no longer in review");
            return PluginOutcome.refused(
                    PluginOutcome.Reason.ARCHIVE_MISSING, "its uploaded archive is no longer in review");
        }
        Path target = folder.live(source);
        try {
            folder.move(source, target);
        } catch (IOException e) {
            registry.mark(entry, PluginState.FAILED, "cannot move into the plugins folder: " + e.getMessage());
            return PluginOutcome.refused(PluginOutcome.Reason.STORAGE_FAILED, e.toString());
        }
        registry.reinstalled(pluginId);
        live.load(target);
        if (live.announce(pluginId)) {
            return PluginOutcome.DONE;
        }
        return PluginOutcome.refused(PluginOutcome.Reason.DID_NOT_START, registry.failureReason(pluginId));
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
        if (live.compareVersions(version, installed.getVersion()) <= 0) {
            return "version " + version + " is not newer than the installed " + installed.getVersion()
                    + "; an upgrade needs a higher Plugin-Version";
        }
        return null;
    }

    private void holdUpgrade(InstalledPlugin installed, Path upload, Path target, String submittedBy)
            throws IOException {
        folder.delete(installed.getPending());
        folder.move(upload, target);
        PluginArchiveCheck.Result check = PluginArchiveCheck.check(target);
        installed.pendingUpgrade(
                new PluginArchive(
                        check.version(), PluginFolder.REVIEW + "/" + target.getFileName(), PluginFolder.sha512(target)),
                submittedBy);
        registry.save(installed);
        log.info(
                "Plugin {} {} waits for review as an upgrade of {}",
                installed.getPluginId(),
                check.version(),
                installed.getVersion());
    }
}
