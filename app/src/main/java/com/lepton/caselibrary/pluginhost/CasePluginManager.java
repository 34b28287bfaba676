package com.lepton.caselibrary.pluginhost;

import com.lepton.caselibrary.api.PluginApi;
import java.nio.file.Path;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginStatusProvider;

/**
 * PF4J's jar plugin manager for case plugins: it checks a plugin's {@code Plugin-Requires} against the plugin-api
 * this portal offers, and asks the database registry ({@link RegistryPluginStatus}), not files in the plugins folder,
 * which plugins are disabled.
 */
final class CasePluginManager extends JarPluginManager {

    private final PluginRegistry registry;

    CasePluginManager(Path root, PluginRegistry registry) {
        super(root);
        this.registry = registry;
        setSystemVersion(PluginApi.VERSION);
    }

    /**
     * Called by the super constructor, before {@link #registry} is set: the provider reads the field only when PF4J
     * asks it about a plugin, which is after construction.
     */
    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        return new RegistryPluginStatus(pluginId -> registry.find(pluginId));
    }
}
