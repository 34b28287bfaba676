package com.lepton.caselibrary.operations;

import com.lepton.caselibrary.pluginhost.InstalledPlugin;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.pluginhost.PluginState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * {@code /actuator/health/plugins}: the state of every installed plugin. A failed plugin does not
 * take the portal down (the others keep serving), so it shows as a detail, not as DOWN; no plugin
 * started at all is DOWN. The started plugins are known in memory; their registry rows are read from
 * the database, and while it is unreachable (a PostgreSQL restart) that shows as a detail too, so
 * health answers DOWN through the database's own indicator instead of failing with a 500.
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
        try {
            for (InstalledPlugin plugin : plugins.installed()) {
                String state = plugin.getState() == PluginState.FAILED
                        ? "FAILED: " + plugin.getFailureReason()
                        : plugin.getState().name();
                health.withDetail(plugin.getPluginId() + "@" + plugin.getVersion(), state);
            }
        } catch (DataAccessException | TransactionException unreadable) {
            health.withDetail("started", plugins.startedPluginIds())
                    .withDetail("registry", "unreadable, the database is unavailable");
        }
        return health.build();
    }
}
