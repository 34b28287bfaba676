package com.lepton.caselibrary.demo;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Writes demo runs to the history without ever failing or slowing the visitor's run.
 *
 * <p>A run is inserted at once. While the database is unreachable (a PostgreSQL restart, an
 * outage) runs wait in a bounded backlog in memory, and a background writer inserts them, in
 * order and with their original times, as soon as the database answers again; meanwhile new
 * runs join the backlog instead of each waiting for a connection timeout. Only what overflows
 * the backlog, or what it still holds when the portal itself stops, is lost; both are counted
 * and logged.
 */
@Component
public class RunHistory implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunHistory.class);

    /** About 5 MB of runs: hours of an outage at a consultant's pace, minutes under a load test. */
    static final int BACKLOG_LIMIT = 20_000;

    private static final int BATCH = 200;
    private static final long RETRY_SECONDS = 2;

    private final DemoRunRepository runs;
    private final Deque<DemoRun> backlog = new ConcurrentLinkedDeque<>();
    private final AtomicInteger backlogSize = new AtomicInteger();
    private final AtomicLong lost = new AtomicLong();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("run-history-writer").daemon().factory());

    public RunHistory(DemoRunRepository runs, MeterRegistry meters) {
        this.runs = runs;
        Gauge.builder("lepton.demo.history.backlog", backlogSize, AtomicInteger::get)
                .description("Demo runs answered but not yet written to the history (database unreachable)")
                .register(meters);
        Gauge.builder("lepton.demo.history.lost", lost, AtomicLong::get)
                .description("Demo runs answered that never reached the history (backlog overflow)")
                .register(meters);
        writer.scheduleWithFixedDelay(this::writeBacklog, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Records a run: now if the database answers, otherwise as soon as it does.
     *
     * @return the run's id when it was written at once, null when it waits in the backlog
     */
    public Long record(DemoRun run) {
        if (backlogSize.get() == 0) {
            try {
                return runs.save(run).getId();
            } catch (DataAccessException | TransactionException e) {
                log.warn(
                        "The run history cannot be written, the database is unavailable ({}); runs wait in memory until it is back",
                        e.getMostSpecificCause().toString());
            }
        }
        enqueue(run.unsavedCopy());
        return null;
    }

    /** Runs answered but not yet in the history. */
    public int backlog() {
        return backlogSize.get();
    }

    /** Runs answered that never reached the history since the portal started. */
    public long lost() {
        return lost.get();
    }

    private void enqueue(DemoRun run) {
        backlog.addLast(run);
        if (backlogSize.incrementAndGet() > BACKLOG_LIMIT && backlog.pollFirst() != null) {
            backlogSize.decrementAndGet();
            if (lost.incrementAndGet() % 1000 == 1) {
                log.error(
                        "The run history backlog is full ({} runs); the oldest runs are dropped, {} so far",
                        BACKLOG_LIMIT,
                        lost.get());
            }
        }
    }

    /** Writes the backlog in batches, oldest first; stops at the first failure and tries again later. */
    synchronized void writeBacklog() {
        int written = 0;
        while (backlogSize.get() > 0) {
            List<DemoRun> batch = new ArrayList<>(BATCH);
            for (DemoRun run : backlog) {
                if (batch.size() == BATCH) {
                    break;
                }
                batch.add(run);
            }
            try {
                runs.saveAll(batch.stream().map(DemoRun::unsavedCopy).toList());
            } catch (DataAccessException | TransactionException | IllegalStateException e) {
                log.debug("The run history is still unavailable: {}", e.toString());
                break;
            }
            for (DemoRun run : batch) {
                if (backlog.removeFirstOccurrence(run)) {
                    backlogSize.decrementAndGet();
                } else {
                    lost.decrementAndGet(); // dropped by an overflow meanwhile, yet written
                }
            }
            written += batch.size();
        }
        if (written > 0) {
            log.info("The database is back: {} runs answered during the outage are now in the run history", written);
        }
    }

    @Override
    public void destroy() {
        writer.shutdownNow();
        if (backlogSize.get() > 0) {
            writeBacklog();
        }
        if (backlogSize.get() > 0) {
            log.error(
                    "The portal stops with {} answered runs not written to the run history (the database is unavailable); they are lost",
                    backlogSize.get());
        }
    }
}
