package com.lepton.caselibrary.operations;

import com.lepton.caselibrary.pluginhost.InstalledPlugin;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.pluginhost.PluginState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
class PluginsHealthIndicator implements HealthIndicator {

    /**
     * How long health waits for the registry's rows. The database's own indicator already waits for a connection
     * (up to the pool's 5 s) while the database is away; without this bound health waited as long again here and
     * answered DOWN after 10.5 s, past many monitors' timeouts (6.1 s with it: PostgresRestartIT with a 5 s pool).
     */
    static final Duration REGISTRY_WAIT = Duration.ofSeconds(1);

    private final PluginHost plugins;

    @Override
    public Health health() {
        Health.Builder health = plugins.startedPluginIds().isEmpty() ? Health.down() : Health.up();
        Optional<List<InstalledPlugin>> rows = registryRows();
        if (rows.isEmpty()) {
            return health.withDetail("started", plugins.startedPluginIds())
                    .withDetail("registry", "unreadable, the database is unavailable or slow")
                    .build();
        }
        for (InstalledPlugin plugin : rows.get()) {
            String state = plugin.getState() == PluginState.FAILED
                    ? "FAILED: " + plugin.getFailureReason()
                    : plugin.getState().name();
            health.withDetail(plugin.getPluginId() + "@" + plugin.getVersion(), state);
        }
        return health.build();
    }

    /** The registry's rows, or empty when the database does not give them within {@link #REGISTRY_WAIT}. */
    private Optional<List<InstalledPlugin>> registryRows() {
        CompletableFuture<List<InstalledPlugin>> read = CompletableFuture.supplyAsync(
                plugins::installed,
                work -> Thread.ofVirtual().name("plugins-health").start(work));
        try {
            return Optional.of(read.get(REGISTRY_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException slow) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof DataAccessException || failed.getCause() instanceof TransactionException) {
                return Optional.empty();
            }
            throw new IllegalStateException("reading the plugin registry failed", failed.getCause());
        }
    }
}
