package com.lepton.caselibrary.pluginhost;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** A plugin an administrator uninstalled: the portal does not bring its bundled archive back at start. */
@Entity
@Table(name = "uninstalled_plugin")
@Getter
public class UninstalledPlugin {

    @Id
    private String pluginId;

    private String version;

    private Instant uninstalledAt;

    protected UninstalledPlugin() {}

    UninstalledPlugin(String pluginId, String version) {
        this.pluginId = pluginId;
        this.version = version;
        this.uninstalledAt = Instant.now();
    }
}
