package com.lepton.caselibrary.pluginhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginDescriptor;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginStateEvent;
import org.pf4j.PluginWrapper;

/** Cases are announced withdrawn when PF4J stops their plugin, and announced added only when there are some. */
class CaseAnnouncerTest {

    @TempDir
    Path folder;

    private final List<Object> events = new ArrayList<>();
    private final Map<String, List<String>> live = new HashMap<>();
    private final List<String> dropped = new ArrayList<>();
    private final CaseAnnouncer announcer = new CaseAnnouncer(events::add, pluginId -> {
        dropped.add(pluginId);
        List<String> cases = live.remove(pluginId);
        return cases == null ? List.of() : cases;
    });

    @Test
    void aStoppedPluginsCasesAreDroppedAndAnnouncedWithdrawn() {
        live.put("sorting", List.of("sorting-a", "sorting-b"));
        live.put("other", List.of("other-a"));

        announcer.pluginStateChanged(event("sorting", PluginState.STARTED, PluginState.STOPPED));

        assertThat(events)
                .containsExactly(new PluginCasesChanged("sorting", List.of(), List.of("sorting-a", "sorting-b")));
        assertThat(live).containsOnlyKeys("other");
    }

    @Test
    void aStoppedPluginWithoutCasesIsNotAnnounced() {
        announcer.pluginStateChanged(event("failed-model", PluginState.STARTED, PluginState.STOPPED));

        assertThat(dropped).containsExactly("failed-model");
        assertThat(events).isEmpty();
    }

    @Test
    void otherStateChangesAnnounceNothing() {
        live.put("sorting", List.of("sorting-a"));
        announcer.pluginStateChanged(event("sorting", PluginState.CREATED, PluginState.RESOLVED));
        announcer.pluginStateChanged(event("sorting", PluginState.DISABLED, PluginState.CREATED));
        announcer.pluginStateChanged(event("sorting", PluginState.RESOLVED, PluginState.STARTED));
        announcer.pluginStateChanged(event("sorting", PluginState.STOPPED, PluginState.UNLOADED));

        assertThat(dropped).isEmpty();
        assertThat(events).isEmpty();
        assertThat(live).containsKey("sorting");
    }

    @Test
    void addedCasesAreAnnouncedOnlyWhenThereAreSome() {
        assertThat(announcer.added("failed", List.of())).isFalse();
        assertThat(events).isEmpty();

        LoadedCase loaded = new LoadedCase("sorting", "1.0.0", null, null, null);
        assertThat(announcer.added("sorting", List.of(loaded))).isTrue();
        assertThat(events).containsExactly(new PluginCasesChanged("sorting", List.of(loaded), List.of()));
    }

    private PluginStateEvent event(String pluginId, PluginState from, PluginState to) {
        DefaultPluginManager manager = new DefaultPluginManager(folder);
        PluginWrapper wrapper = new PluginWrapper(
                manager,
                new DefaultPluginDescriptor(pluginId, "", null, "1.0.0", "*", "", ""),
                folder,
                getClass().getClassLoader());
        wrapper.setPluginState(to);
        return new PluginStateEvent(manager, wrapper, from);
    }
}
