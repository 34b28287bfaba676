package com.lepton.caselibrary.pluginhost;

import static org.pf4j.PluginState.STARTED;

import java.util.List;
import java.util.function.Function;
import org.pf4j.PluginStateEvent;
import org.pf4j.PluginStateListener;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Tells the portal that a plugin's cases came or went ({@link PluginCasesChanged}), the one place that publishes it.
 * Listening to PF4J, it withdraws a plugin's cases when the plugin leaves STARTED, before its classes are unloaded.
 * A plugin that brought no case (it failed, or its cases were dropped) is not announced.
 */
final class CaseAnnouncer implements PluginStateListener {

    private final ApplicationEventPublisher events;
    private final Function<String, List<String>> dropCases;

    /** @param dropCases takes a plugin's cases out of the live ones and returns their ids */
    CaseAnnouncer(ApplicationEventPublisher events, Function<String, List<String>> dropCases) {
        this.events = events;
        this.dropCases = dropCases;
    }

    @Override
    public void pluginStateChanged(PluginStateEvent event) {
        if (event.getOldState() == STARTED && event.getPluginState() != STARTED) {
            withdraw(event.getPlugin().getPluginId());
        }
    }

    /** Drops the plugin's cases and announces them withdrawn, if it had any. */
    void withdraw(String pluginId) {
        List<String> withdrawn = dropCases.apply(pluginId);
        if (!withdrawn.isEmpty()) {
            events.publishEvent(new PluginCasesChanged(pluginId, List.of(), withdrawn));
        }
    }

    /**
     * Announces the cases a plugin brought once they are collected and its outcome recorded; false when it brought
     * none. Not on PF4J's STARTED: that comes before both, and at start-up too, when nothing is announced.
     */
    boolean added(String pluginId, List<LoadedCase> added) {
        if (added.isEmpty()) {
            return false;
        }
        events.publishEvent(new PluginCasesChanged(pluginId, added, List.of()));
        return true;
    }
}
