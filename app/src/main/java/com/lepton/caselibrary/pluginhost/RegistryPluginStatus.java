package com.lepton.caselibrary.pluginhost;

import java.util.Optional;
import java.util.function.Function;
import org.pf4j.PluginStatusProvider;

/**
 * Which plugins PF4J loads disabled, answered by the database registry instead of PF4J's {@code disabled.txt} and
 * {@code enabled.txt}: every replica shares the registry, and the plugins folder may be read-only. Nothing is written.
 */
final class RegistryPluginStatus implements PluginStatusProvider {

    private final Function<String, Optional<InstalledPlugin>> registry;

    /** @param registry the registry entry of a plugin id, read at each question */
    RegistryPluginStatus(Function<String, Optional<InstalledPlugin>> registry) {
        this.registry = registry;
    }

    /**
     * True when the registry records the plugin DISABLED. {@link LiveCases#load} does not even load the disabled
     * archive (same checksum); one with other bytes still loads and starts, PF4J enabling it on start.
     */
    @Override
    public boolean isPluginDisabled(String pluginId) {
        return registry.apply(pluginId)
                .filter(entry -> entry.getState() == PluginState.DISABLED)
                .isPresent();
    }

    /**
     * Not used: {@link PluginHost#disable} withdraws the plugin and marks it DISABLED in the registry; PF4J's own
     * {@code disablePlugin} is never called.
     */
    @Override
    public void disablePlugin(String pluginId) {
        throw new UnsupportedOperationException("plugins are disabled through PluginHost and the registry");
    }

    /**
     * Records nothing: PF4J calls this when it starts a plugin it loaded disabled (see {@link #isPluginDisabled});
     * {@link LiveCases#load} records STARTED or FAILED in the registry right after.
     */
    @Override
    public void enablePlugin(String pluginId) {
        // the registry is written by LiveCases.load, once the outcome is known
    }
}
