package com.lepton.caselibrary.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.lepton.caselibrary.pluginhost.InstalledPlugin;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.pluginhost.PluginState;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessResourceFailureException;

class PluginsHealthIndicatorTest {

    private final PluginHost plugins = mock(PluginHost.class);
    private final PluginsHealthIndicator indicator = new PluginsHealthIndicator(plugins);

    @Test
    void everyInstalledPluginIsADetailWithItsState() {
        InstalledPlugin failed = mock(InstalledPlugin.class);
        when(failed.getPluginId()).thenReturn("finance-market-risk");
        when(failed.getVersion()).thenReturn("1.0.0");
        when(failed.getState()).thenReturn(PluginState.FAILED);
        when(failed.getFailureReason()).thenReturn("model did not load");
        when(plugins.startedPluginIds()).thenReturn(List.of("manufacturing-sorting"));
        when(plugins.installed()).thenReturn(List.of(failed));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("finance-market-risk@1.0.0", "FAILED: model did not load");
    }

    @Test
    @Timeout(60) // without the bound on the wait, health() would wait for the latch for ever
    void aRegistryThatDoesNotAnswerInTimeIsADetailNotAWait() throws Exception {
        CountDownLatch answered = new CountDownLatch(1);
        when(plugins.startedPluginIds()).thenReturn(List.of("manufacturing-sorting"));
        // The database is away: the read waits (for the pool's connection) until health has answered.
        when(plugins.installed()).thenAnswer(call -> {
            answered.await();
            return List.<InstalledPlugin>of();
        });

        Health health = indicator.health();
        answered.countDown();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails())
                .containsEntry("started", List.of("manufacturing-sorting"))
                .containsEntry("registry", "unreadable, the database is unavailable or slow");
    }

    @Test
    void aRegistryThatFailsIsADetailToo() {
        when(plugins.startedPluginIds()).thenReturn(List.of());
        when(plugins.installed()).thenThrow(new DataAccessResourceFailureException("connection refused"));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsKey("registry");
    }
}
