package com.lepton.caselibrary.pluginhost;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The registry entry of one plugin archive in the plugins folder, with what became of it. */
@Entity
@Table(name = "installed_plugin")
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

    private String submittedBy;

    private String pendingVersion;

    private String pendingFileName;

    private String pendingSha512;

    private String pendingSubmittedBy;

    private String previousVersion;

    private String previousFileName;

    private String previousSha512;

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
    void pendingUpgrade(String version, String fileName, String sha512, String submittedBy) {
        this.pendingVersion = version;
        this.pendingFileName = fileName;
        this.pendingSha512 = sha512;
        this.pendingSubmittedBy = submittedBy;
        this.updatedAt = Instant.now();
    }

    void clearPendingUpgrade() {
        pendingUpgrade(null, null, null, null);
    }

    /** The approved upgrade is live; the archive it replaced is the one to roll back to. */
    void upgraded(String replacedVersion, String replacedFileName, String replacedSha512) {
        this.previousVersion = replacedVersion;
        this.previousFileName = replacedFileName;
        this.previousSha512 = replacedSha512;
        if (pendingSubmittedBy != null) {
            this.submittedBy = pendingSubmittedBy;
        }
        clearPendingUpgrade();
    }

    /** Rolls back: the previous version is live again and the one it replaced can be rolled forward. */
    void swapWithPrevious(String fileNameOfPrevious, String previousFileNameOfCurrent) {
        String currentVersion = version;
        String currentSha512 = sha512;
        this.version = previousVersion;
        this.fileName = fileNameOfPrevious;
        this.sha512 = previousSha512;
        this.previousVersion = currentVersion;
        this.previousFileName = previousFileNameOfCurrent;
        this.previousSha512 = currentSha512;
        this.updatedAt = Instant.now();
    }

    void clearPrevious() {
        this.previousVersion = null;
        this.previousFileName = null;
        this.previousSha512 = null;
    }

    /** The version waiting for review as an upgrade of this one, or null. */
    public String getPendingVersion() {
        return pendingVersion;
    }

    public String getPendingFileName() {
        return pendingFileName;
    }

    public String getPendingSha512() {
        return pendingSha512;
    }

    /** The version the last upgrade replaced, which a rollback restores, or null. */
    public String getPreviousVersion() {
        return previousVersion;
    }

    public String getPreviousFileName() {
        return previousFileName;
    }

    /** The account that uploaded this archive through the portal, or null for bundled and dropped-in ones. */
    public String getSubmittedBy() {
        return submittedBy;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getVersion() {
        return version;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha512() {
        return sha512;
    }

    public PluginState getState() {
        return state;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
