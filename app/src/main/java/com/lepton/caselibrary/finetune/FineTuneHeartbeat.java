package com.lepton.caselibrary.finetune;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What keeps replicas on one database in step about fine-tuning, every {@code lepton.fine-tune.heartbeat}: this
 * replica beats for its jobs (and stops those cancelled elsewhere), fails the jobs of replicas that died, and serves
 * the client models the others tuned. On its own thread, so a slow model load delays no other scheduled work.
 */
@Component
class FineTuneHeartbeat implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FineTuneHeartbeat.class);

    private final JobTakeovers takeovers;
    private final ClientModels clientModels;
    private final long intervalMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("fine-tune-heartbeat").factory());

    FineTuneHeartbeat(JobTakeovers takeovers, ClientModels clientModels, FineTuneProperties properties) {
        this.takeovers = takeovers;
        this.clientModels = clientModels;
        this.intervalMillis = properties.heartbeat().toMillis();
    }

    /**
     * After the start's own clean-up (interrupted jobs marked, client models loaded). Alone on H2 there is no other
     * replica to beat for, take over from or follow, so no query every few seconds either.
     */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (takeovers.alone()) {
            return;
        }
        timer.scheduleWithFixedDelay(this::beat, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    void beat() {
        try {
            takeovers.keepHolding();
            clientModels.follow();
        } catch (RuntimeException e) {
            // The database away for a moment: the next beat tries again (a silence this long is what holderTimeout
            // allows).
            log.warn("Fine-tuning heartbeat failed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
