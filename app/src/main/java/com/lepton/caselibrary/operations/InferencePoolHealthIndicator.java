package com.lepton.caselibrary.operations;

import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health/inferencePool}: down when a started case's model is not loaded in the pool. */
@Component
@RequiredArgsConstructor
class InferencePoolHealthIndicator implements HealthIndicator {

    private final InferencePool pool;
    private final PluginHost plugins;

    @Override
    public Health health() {
        List<String> missing = plugins.cases().stream()
                .map(LoadedCase::caseId)
                .filter(id -> !pool.isLoaded(id))
                .toList();
        Health.Builder health = missing.isEmpty() ? Health.up() : Health.down().withDetail("notLoaded", missing);
        for (String key : pool.loadedModels()) {
            health.withDetail(key, "queue %d, busy workers %d".formatted(pool.queueLength(key), pool.busyWorkers(key)));
        }
        return health.build();
    }
}
