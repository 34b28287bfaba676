package com.lepton.caselibrary.operations;

import com.lepton.caselibrary.pluginhost.InstalledPlugin;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.pluginhost.PluginState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/plugins}: the state of every installed plugin. A failed plugin does not
 * take the portal down (the others keep serving), so it shows as a detail, not as DOWN; no plugin
 * started at all is DOWN.
 */
@Component
class PluginsHealthIndicator implements HealthIndicator {

    private final PluginHost plugins;

    PluginsHealthIndicator(PluginHost plugins) {
        this.plugins = plugins;
    }

    @Override
    public Health health() {
        Health.Builder health = plugins.startedPluginIds().isEmpty() ? Health.down() : Health.up();
        for (InstalledPlugin plugin : plugins.installed()) {
            String state = plugin.getState() == PluginState.FAILED
                    ? "FAILED: " + plugin.getFailureReason()
                    : plugin.getState().name();
            health.withDetail(plugin.getPluginId() + "@" + plugin.getVersion(), state);
        }
        return health.build();
    }
}
