package com.lepton.caselibrary.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends the launcher's AOT training start ({@code LEPTON_AOT_TRAINING=1}) once the portal is ready, that is after
 * every model loaded and the start-up warm-up ran the shipped samples over HTTP: the JDK then writes a cache that
 * holds the classes and method profiles of model loading and of a demo run, not only those of the context refresh.
 * A property read at run time, not a condition on the bean: Spring's AOT step fixes conditions at build time.
 */
@Component
class AotTrainingExit {

    private static final Logger log = LoggerFactory.getLogger(AotTrainingExit.class);

    private final ApplicationContext context;
    private final boolean exitWhenReady;

    AotTrainingExit(
            ApplicationContext context, @Value("${lepton.aot-training.exit-when-ready:false}") boolean exitWhenReady) {
        this.context = context;
        this.exitWhenReady = exitWhenReady;
    }

    @EventListener
    void exitWhenReady(AvailabilityChangeEvent<ReadinessState> readiness) {
        if (!exitWhenReady || readiness.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return;
        }
        log.info("AOT training start: ready, closing so the JDK writes its cache");
        // Not on the thread that published the event: closing the context waits for that thread's work.
        Thread.ofPlatform().name("aot-training-exit").start(() -> System.exit(SpringApplication.exit(context)));
    }
}
