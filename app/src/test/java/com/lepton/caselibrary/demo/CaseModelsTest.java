package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceProperties;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CaseModelsTest {

    private final PluginHost plugins = mock(PluginHost.class);
    private final CaseModels models =
            new CaseModels(plugins, mock(InferencePool.class), mock(InferenceProperties.class), mock(DemoInputs.class));

    @Test
    void aModelThatCannotLoadFailsItsOwnPluginAndTheStartGoesOn() {
        CaseStudyPlugin broken = mock(CaseStudyPlugin.class);
        when(broken.model()).thenThrow(new IllegalStateException("no saved_model.pb"));
        CaseStudyPlugin unlinkable = mock(CaseStudyPlugin.class);
        when(unlinkable.model()).thenThrow(new NoClassDefFoundError("lab/Missing"));
        List<LoadedCase> cases = List.of(loaded("broken", broken), loaded("unlinkable", unlinkable));
        when(plugins.cases()).thenReturn(cases);

        models.loadAll();

        verify(plugins).markFailed(eq("broken"), contains("no saved_model.pb"));
        verify(plugins).markFailed(eq("unlinkable"), contains("lab/Missing"));
    }

    @Test
    void aSlowModelDoesNotHoldBackTheOthersAndTheStartWaitsForAll() {
        assumeThat(Runtime.getRuntime().availableProcessors())
                .as("loads side by side")
                .isGreaterThan(1);
        CountDownLatch quickDone = new CountDownLatch(1);
        AtomicBoolean slowSawQuickDone = new AtomicBoolean();
        CaseStudyPlugin slow = mock(CaseStudyPlugin.class);
        when(slow.model()).thenAnswer(call -> {
            slowSawQuickDone.set(quickDone.await(30, TimeUnit.SECONDS));
            throw new IllegalStateException("slow one done");
        });
        CaseStudyPlugin quick = mock(CaseStudyPlugin.class);
        when(quick.model()).thenAnswer(call -> {
            quickDone.countDown();
            throw new IllegalStateException("quick one done");
        });
        List<LoadedCase> cases = List.of(loaded("slow", slow), loaded("quick", quick));
        when(plugins.cases()).thenReturn(cases);

        models.loadAll();

        assertThat(slowSawQuickDone)
                .as("the quick model loaded while the slow one was loading")
                .isTrue();
        verify(plugins).markFailed(eq("slow"), contains("slow one done"));
        verify(plugins).markFailed(eq("quick"), contains("quick one done"));
    }

    private static LoadedCase loaded(String id, CaseStudyPlugin plugin) {
        CaseDescriptor descriptor = mock(CaseDescriptor.class);
        when(descriptor.id()).thenReturn(id);
        return new LoadedCase(id, "1.0.0", null, descriptor, plugin);
    }
}
