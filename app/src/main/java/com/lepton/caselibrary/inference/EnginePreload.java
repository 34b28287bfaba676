package com.lepton.caselibrary.inference;

import ai.djl.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Loads TensorFlow's native library on a thread of its own while Spring builds the context. Loading it (the
 * libraries' code, every kernel registered) takes seconds, and the first model load would otherwise wait for it
 * after the context is up; on two cores the context uses about one, so the two overlap. The first model load takes
 * the engine this thread made, or waits for it to be made (DJL's provider makes it once). Added by the portal's
 * {@code main} only: tests and the jar's commands load the engine when they need it.
 */
public final class EnginePreload implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(EnginePreload.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Thread.ofPlatform().daemon().name("tensorflow-preload").start(EnginePreload::load);
    }

    private static void load() {
        try {
            Engine.getEngine(InferencePool.ENGINE);
        } catch (RuntimeException | LinkageError e) {
            // The first model load tries again and fails its plugin with the reason, as without the preload.
            log.debug("TensorFlow could not be loaded ahead of the models", e);
        }
    }

    /** After Spring's logging listener, so DJL's lines are written with the portal's log settings. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
