package com.lepton.caselibrary.operations;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * {@code lepton.vaadin.sessions} and {@code lepton.vaadin.uis} under {@code /actuator/metrics}: the
 * Vaadin sessions and UIs the portal holds now. Tomcat's session count also includes HTTP sessions
 * that never reached Vaadin; these say how many browsers the server keeps UI state for (load runs
 * divide memory by them).
 */
@Component
class VaadinSessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinSessionMetrics(MeterRegistry meters) {
        Gauge.builder("lepton.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions held by the portal")
                .register(meters);
        Gauge.builder("lepton.vaadin.uis", uis, AtomicInteger::get)
                .description("Vaadin UIs (browser tabs with server-side state) held by the portal")
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        // A UI is detached when Vaadin removes it: closed by its tab, missed heartbeats, or its session ended.
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }
}
