package com.lepton.caselibrary.pluginhost;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** The registry entry of one plugin archive in the plugins folder, with what became of it. */
@Entity
@Table(name = "installed_plugin")
@Getter
public class InstalledPlugin {

    @Id
    private String pluginId;

    private String version;

    private String fileName;

    private String sha512;

    @Enumerated(EnumType.STRING)
    private PluginState state;

    private String failureReason;

    private Instant installedAt;

    private Instant updatedAt;

    /** The account that uploaded this archive through the portal, or null for bundled and dropped-in ones. */
    private String submittedBy;

    /**
     * The upgrade waiting for review, or null. Columns pending_version, pending_file_name, pending_sha512: embedded
     * columns are named by their path.
     */
    @Embedded
    private PluginArchive pending;

    private String pendingSubmittedBy;

    /** The archive the last upgrade replaced, which a rollback restores, or null. */
    @Embedded
    private PluginArchive previous;

    protected InstalledPlugin() {}

    InstalledPlugin(String pluginId) {
        this.pluginId = pluginId;
        this.installedAt = Instant.now();
    }

    void record(String version, String fileName, String sha512, PluginState state, String failureReason) {
        this.version = version;
        this.fileName = fileName;
        this.sha512 = sha512;
        this.state = state;
        this.failureReason = failureReason == null ? null : abbreviate(failureReason, 2000);
        this.updatedAt = Instant.now();
    }

    void submittedBy(String username) {
        this.submittedBy = username;
    }

    /** A newer version uploaded for review while this one stays live. */
    void pendingUpgrade(PluginArchive archive, String submittedBy) {
        this.pending = archive;
        this.pendingSubmittedBy = submittedBy;
        this.updatedAt = Instant.now();
    }

    void clearPendingUpgrade() {
        pendingUpgrade(null, null);
    }

    /** The approved upgrade is live; the archive it replaced is the one to roll back to. */
    void upgraded(PluginArchive replaced) {
        this.previous = replaced;
        if (pendingSubmittedBy != null) {
            this.submittedBy = pendingSubmittedBy;
        }
        clearPendingUpgrade();
    }

    /** Rolls back: the previous version is live again and the one it replaced can be rolled forward. */
    void swapWithPrevious(String fileNameOfPrevious, String previousFileNameOfCurrent) {
        PluginArchive current = new PluginArchive(version, previousFileNameOfCurrent, sha512);
        this.version = previous.version();
        this.fileName = fileNameOfPrevious;
        this.sha512 = previous.sha512();
        this.previous = current;
        this.updatedAt = Instant.now();
    }

    void clearPrevious() {
        this.previous = null;
    }

    /** The version waiting for review as an upgrade of this one, or null. */
    public String getPendingVersion() {
        return pending == null ? null : pending.version();
    }

    /** The version the last upgrade replaced, or null. */
    public String getPreviousVersion() {
        return previous == null ? null : previous.version();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
