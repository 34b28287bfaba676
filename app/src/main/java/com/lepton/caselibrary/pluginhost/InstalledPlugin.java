package com.lepton.caselibrary.pluginhost;

import jakarta.persistence.Column;
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
    @Column(name = "plugin_id")
    private String pluginId;

    private String version;

    @Column(name = "file_name")
    private String fileName;

    private String sha512;

    @Enumerated(EnumType.STRING)
    private PluginState state;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "installed_at")
    private Instant installedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    protected InstalledPlugin() {
    }

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

    public Instant getInstalledAt() {
        return installedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
