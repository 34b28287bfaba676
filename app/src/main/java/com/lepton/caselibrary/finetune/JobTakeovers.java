package com.lepton.caselibrary.finetune;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs whose portal went away: at this portal's start, its own old jobs (and, alone on H2, every active one); at
 * every heartbeat, on any replica, the jobs of a replica that stopped beating ({@link JobHolding}). Such a job is
 * marked failed and its model deleted. The heartbeat also beats for the jobs running here and stops those that ended
 * in the database meanwhile (cancelled on another replica, or taken over).
 */
@Component
@RequiredArgsConstructor
class JobTakeovers {

    private static final Logger log = LoggerFactory.getLogger(JobTakeovers.class);

    private final FineTuneJobRepository jobs;
    private final FineTuneWorker worker;
    private final FineTuneService service;
    private final JobHolding holding;
    private final TransactionTemplate transactions;
    private final Clock clock;

    /**
     * Jobs this replica was running when it stopped did not finish: they failed. So did jobs no replica beats for
     * any more; a job another live replica runs is left alone.
     */
    @EventListener(ApplicationStartedEvent.class)
    void markInterrupted() {
        interrupt(holding::interruptedAtStart, "interrupted by a restart of the portal");
    }

    /** Whether this portal is the only one on its database (H2), so nothing is held against other replicas. */
    boolean alone() {
        return holding.alone();
    }

    /** Every few seconds ({@code lepton.fine-tune.heartbeat}), from {@link FineTuneHeartbeat}. */
    void keepHolding() {
        Set<Long> running = worker.running();
        if (!running.isEmpty()) {
            jobs.beat(holding.self(), running, clock.instant());
            Set<Long> active = jobs.findAllById(running).stream()
                    .filter(job -> job.getState().active())
                    .map(FineTuneJob::getId)
                    .collect(Collectors.toSet());
            running.stream().filter(id -> !active.contains(id)).forEach(worker::cancel);
        }
        interrupt(holding::orphaned, "interrupted: the portal replica running it stopped");
    }

    /** Marks failed the active jobs that {@code lost} names, and deletes their models. */
    private void interrupt(BiPredicate<FineTuneJob, Instant> lost, String why) {
        for (FineTuneJob seen : jobs.findByStateIn(FineTuneService.ACTIVE)) {
            if (lost.test(seen, clock.instant()) && interrupt(seen.getId(), lost, why)) {
                service.ended(seen.getId());
                log.info("Fine-tuning job {} (held by {}) marked failed: {}", seen.getId(), seen.getHolder(), why);
            }
        }
    }

    /** Judged again under the job's row lock: its holder may have beaten for it, or finished it, since. */
    private boolean interrupt(long id, BiPredicate<FineTuneJob, Instant> lost, String why) {
        return Boolean.TRUE.equals(transactions.execute(status -> jobs.findLocked(id)
                .filter(job -> job.getState().active() && lost.test(job, clock.instant()))
                .map(job -> {
                    job.finish(FineTuneJob.State.FAILED, null, why, clock.instant());
                    return true;
                })
                .orElse(false)));
    }
}
