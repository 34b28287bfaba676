package com.lepton.caselibrary.pluginhost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviewed upgrades made live, and rollbacks, without a restart. The replaced version is parked under
 * {@code previous/}; if the new one does not start, the replaced one comes back at once and the reason is recorded.
 */
@RequiredArgsConstructor
final class PluginUpgrades {

    private static final Logger log = LoggerFactory.getLogger(PluginUpgrades.class);

    private final PluginFolder folder;
    private final PluginRegistry registry;
    private final LiveCases live;

    /** Refused when there is no upgrade waiting, its archive changed since review, or it did not start. */
    PluginOutcome approve(String pluginId) {
        Optional<InstalledPlugin> found = waiting(pluginId);
        if (found.isEmpty()) {
            return noneWaiting(pluginId);
        }
        InstalledPlugin entry = found.get();
        PluginArchive upgrade = entry.getPending();
        Path pending = folder.resolve(upgrade.fileName());
        if (!folder.isFileIn(PluginFolder.REVIEW, pending)
                || !PluginFolder.sha512(pending).equals(upgrade.sha512())) {
            log.warn(
                    "Upgrade of {} refused: its reviewed archive {} is gone or changed since review",
                    pluginId,
                    upgrade.fileName());
            entry.clearPendingUpgrade();
            registry.save(entry);
            return PluginOutcome.refused(
                    PluginOutcome.Reason.ARCHIVE_MISSING,
                    "its reviewed archive " + upgrade.fileName() + " is gone or changed since review");
        }
        String upgradedTo = upgrade.version();
        String replacedVersion = entry.getVersion();
        String replacedSha512 = entry.getSha512();
        String oldPrevious =
                entry.getPrevious() == null ? null : entry.getPrevious().fileName();
        Path current = folder.resolve(entry.getFileName());
        Path target = folder.live(pending);
        String parked = PluginFolder.PREVIOUS + "/" + current.getFileName();
        live.withdraw(pluginId);
        try {
            folder.park(current);
            folder.move(pending, target);
        } catch (IOException e) {
            log.warn("Upgrade of {} to {} could not move its archives: {}", pluginId, upgradedTo, e.toString());
            restore(
                    pluginId,
                    replacedVersion,
                    current,
                    parked,
                    replacedSha512,
                    "upgrade to " + upgradedTo + " failed (" + e.getMessage() + ")");
            return PluginOutcome.refused(PluginOutcome.Reason.STORAGE_FAILED, e.toString());
        }
        live.load(target);
        InstalledPlugin after = registry.find(pluginId).orElseThrow();
        if (live.announce(pluginId)) {
            if (oldPrevious != null && !oldPrevious.equals(parked)) {
                folder.delete(oldPrevious);
            }
            after.upgraded(new PluginArchive(replacedVersion, parked, replacedSha512));
            registry.save(after);
            log.info("Plugin {} upgraded from {} to {}", pluginId, replacedVersion, upgradedTo);
            return PluginOutcome.DONE;
        }
        // The new version did not start: it goes, the replaced one comes back as it was.
        String reason = after.getFailureReason();
        folder.delete(target.getFileName().toString());
        boolean restored = restore(
                pluginId,
                replacedVersion,
                current,
                parked,
                replacedSha512,
                "upgrade to " + upgradedTo + " failed (" + reason + ")");
        return PluginOutcome.refused(
                PluginOutcome.Reason.DID_NOT_START,
                upgradedTo + " did not start (" + reason + "); " + replacedVersion
                        + (restored ? " is live again" : " could not be restored"));
    }

    /**
     * Goes back to the version the last upgrade replaced; the version rolled back from is kept in its place, so
     * the same action rolls forward again.
     *
     * Refused when there is nothing to roll back to, its archive is gone, or it did not start.
     */
    PluginOutcome rollback(String pluginId) {
        Optional<InstalledPlugin> found = registry.find(pluginId)
                .filter(known -> known.getPrevious() != null && known.getState() != PluginState.IN_REVIEW);
        if (found.isEmpty()) {
            return PluginOutcome.refused(
                    PluginOutcome.Reason.NOT_NOW, "plugin " + pluginId + " has no earlier version to roll back to");
        }
        InstalledPlugin entry = found.get();
        Path previous = folder.resolve(entry.getPrevious().fileName());
        if (!folder.isFileIn(PluginFolder.PREVIOUS, previous)) {
            log.warn(
                    "Cannot roll {} back: {} is gone",
                    pluginId,
                    entry.getPrevious().fileName());
            entry.clearPrevious();
            registry.save(entry);
            return PluginOutcome.refused(
                    PluginOutcome.Reason.ARCHIVE_MISSING, "its earlier archive " + previous.getFileName() + " is gone");
        }
        live.withdraw(pluginId);
        Path current = folder.resolve(entry.getFileName());
        Path restored = folder.live(previous);
        try {
            boolean currentExists = folder.isFileInside(current);
            String parked = currentExists ? folder.park(current) : null;
            folder.move(previous, restored);
            entry.swapWithPrevious(restored.getFileName().toString(), parked);
            if (!currentExists) {
                entry.clearPrevious();
            }
            registry.save(entry);
        } catch (IOException e) {
            log.warn("Cannot roll {} back: {}", pluginId, e.toString());
            return PluginOutcome.refused(PluginOutcome.Reason.STORAGE_FAILED, e.toString());
        }
        live.load(restored);
        boolean started = live.announce(pluginId);
        log.info(
                "Plugin {} rolled back to {}: {}", pluginId, entry.getVersion(), started ? "started" : "did not start");
        return started
                ? PluginOutcome.DONE
                : PluginOutcome.refused(PluginOutcome.Reason.DID_NOT_START, registry.failureReason(pluginId));
    }

    /** Puts a parked archive back live after a failed upgrade, loads it and records why; true when it started. */
    private boolean restore(String pluginId, String version, Path current, String parked, String sha512, String why) {
        try {
            if (Files.isRegularFile(folder.resolve(parked))) {
                folder.move(folder.resolve(parked), current);
            }
        } catch (IOException e) {
            log.error("Cannot put {} back after a failed upgrade of {}: {}", parked, pluginId, e.toString());
        }
        registry.record(pluginId, version, current.getFileName().toString(), sha512, PluginState.STARTED, null);
        live.load(current);
        boolean restored = live.announce(pluginId);
        InstalledPlugin entry = registry.find(pluginId).orElseThrow();
        entry.clearPendingUpgrade();
        registry.mark(
                entry, entry.getState(), why + "; " + version + (restored ? " restored" : " could not be restored"));
        return restored;
    }

    /** Drops an upgrade waiting for review; the installed version stays as it is. */
    PluginOutcome reject(String pluginId) {
        Optional<InstalledPlugin> found = waiting(pluginId);
        if (found.isEmpty()) {
            return noneWaiting(pluginId);
        }
        folder.delete(found.get().getPending());
        found.get().clearPendingUpgrade();
        registry.save(found.get());
        return PluginOutcome.DONE;
    }

    /** The plugin, when an upgrade of it waits for review. */
    private Optional<InstalledPlugin> waiting(String pluginId) {
        return registry.find(pluginId).filter(known -> known.getPending() != null);
    }

    private static PluginOutcome noneWaiting(String pluginId) {
        return PluginOutcome.refused(PluginOutcome.Reason.NOT_NOW, "no upgrade of " + pluginId + " is waiting");
    }
}
