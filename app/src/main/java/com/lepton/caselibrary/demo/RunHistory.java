package com.lepton.caselibrary.demo;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Writes demo runs to the history without ever failing or slowing the visitor's run.
 *
 * <p>A run joins a queue in memory and a background writer inserts what waits, in order and with
 * the runs' own times, a batch per transaction every {@code lepton.demo.history-flush-interval}
 * (200 ms), so a run costs the visitor's request no database round trip. While the database is
 * unreachable (a PostgreSQL restart, an outage) the writer tries again every
 * {@link #RETRY_INTERVAL}, and runs keep waiting in the bounded queue. At a clean stop of the portal what still waits is written; only what
 * overflows the queue, or what cannot be written at the stop (the database unreachable), is lost,
 * and both are counted and logged. A crash of the process itself (killed, power lost) loses the
 * runs of its last flush interval without a count.
 */
@Component
public class RunHistory implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunHistory.class);

    /** About 5 MB of runs: hours of an outage at a consultant's pace, minutes under a load test. */
    static final int BACKLOG_LIMIT = 20_000;

    static final Duration RETRY_INTERVAL = Duration.ofSeconds(2);

    private static final int BATCH = 500;

    private final RunWriter runs;
    private final Deque<DemoRun> backlog = new ConcurrentLinkedDeque<>();
    private final AtomicInteger backlogSize = new AtomicInteger();
    private final AtomicLong lost = new AtomicLong();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("run-history-writer").daemon().factory());
    /** When the last write failed (System.nanoTime()), or 0 while the database answers. */
    private volatile long failedAt;

    private volatile boolean stopped;

    /**
     * @param flushInterval how often the writer looks for runs to write ({@code lepton.demo.history-flush-interval});
     *                      tests stretch it to decide when a batch is written
     */
    @Autowired
    RunHistory(
            RunWriter runs,
            MeterRegistry meters,
            @Value("${lepton.demo.history-flush-interval:200ms}") Duration flushInterval) {
        this.runs = runs;
        Gauge.builder("lepton.demo.history.backlog", backlogSize, AtomicInteger::get)
                .description("Demo runs answered but not yet written to the history")
                .register(meters);
        Gauge.builder("lepton.demo.history.lost", lost, AtomicLong::get)
                .description(
                        "Demo runs answered that never reached the history (queue overflow, or a stop without the database)")
                .register(meters);
        long millis = flushInterval.toMillis();
        writer.scheduleWithFixedDelay(this::writeWhenDue, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Records a run: it waits in memory until the writer's next batch. Its id is set once it is
     * written ({@link #idOf}).
     */
    public void record(DemoRun run) {
        if (stopped) {
            // A run answered while the portal stops, after the last batch: nothing can write it any more.
            lost.incrementAndGet();
            log.warn("A run of {} answered after the run history stopped is not recorded", run.getCaseId());
            return;
        }
        enqueue(run);
    }

    /**
     * The id of a recorded run, writing what waits first if it is not written yet (a kept input
     * names its run); null when the database cannot take it now.
     */
    public Long idOf(DemoRun run) {
        if (run.getId() == null) {
            flush();
        }
        return run.getId();
    }

    /** Writes what waits now, instead of at the writer's next turn. */
    public void flush() {
        writeBacklog();
    }

    /** Runs answered but not yet in the history. */
    public int backlog() {
        return backlogSize.get();
    }

    /** Successful runs of a case answered but not written yet, so a count shown right after a run includes it. */
    long pendingSuccesses(String caseId) {
        return backlog.stream()
                .filter(run -> run.getCaseId().equals(caseId) && run.getOutcome() == DemoRun.Outcome.SUCCESS)
                .count();
    }

    /**
     * The model times of a case's successful runs answered but not written yet, newest first, so the typical time
     * shown right after a run counts it (and is not 0 ms after the first run).
     */
    List<Long> pendingComputeMs(String caseId) {
        return backlog.reversed().stream()
                .filter(run -> run.getCaseId().equals(caseId) && run.getOutcome() == DemoRun.Outcome.SUCCESS)
                .map(DemoRun::getComputeMs)
                .toList();
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

    /** The writer's turn: at once while the database answers, every RETRY_INTERVAL after a failure. */
    private void writeWhenDue() {
        long failed = failedAt;
        if (failed == 0 || System.nanoTime() - failed >= RETRY_INTERVAL.toNanos()) {
            try {
                writeBacklog();
            } catch (RuntimeException e) {
                log.warn("The run history writer failed: {}", e.toString());
            }
        }
    }

    /** Writes the backlog in batches, oldest first; stops at the first failure and tries again later. */
    synchronized void writeBacklog() {
        boolean wasFailing = failedAt != 0;
        int written = 0;
        while (backlogSize.get() > 0) {
            List<DemoRun> batch = new ArrayList<>(Math.min(BATCH, backlogSize.get()));
            for (DemoRun run : backlog) {
                if (batch.size() == BATCH) {
                    break;
                }
                batch.add(run);
            }
            // Fresh copies: a failed insert may leave an id on the entity it tried.
            List<DemoRun> copies = batch.stream().map(DemoRun::unsavedCopy).toList();
            try {
                runs.insert(copies);
            } catch (DataAccessException | TransactionException | IllegalStateException e) {
                if (failedAt == 0) {
                    log.warn(
                            "The run history cannot be written, the database is unavailable ({}); runs wait in memory until it is back",
                            e instanceof DataAccessException access
                                    ? access.getMostSpecificCause().toString()
                                    : e.toString());
                }
                failedAt = System.nanoTime();
                break;
            }
            failedAt = 0;
            for (int i = 0; i < batch.size(); i++) {
                DemoRun run = batch.get(i);
                run.written(copies.get(i).getId());
                if (backlog.removeFirstOccurrence(run)) {
                    backlogSize.decrementAndGet();
                } else {
                    lost.decrementAndGet(); // dropped by an overflow meanwhile, yet written
                }
            }
            written += batch.size();
        }
        if (wasFailing && failedAt == 0 && written > 0) {
            log.info("The database is back: {} runs answered during the outage are now in the run history", written);
        }
    }

    /** A clean stop: no new runs are taken, and what waits is written, or counted as lost if it cannot be. */
    @Override
    public void destroy() {
        stopped = true;
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.shutdownNow();
        if (backlogSize.get() > 0) {
            writeBacklog();
        }
        int left = backlogSize.getAndSet(0);
        backlog.clear();
        if (left > 0) {
            lost.addAndGet(left);
            log.error(
                    "The portal stops with {} answered runs not written to the run history (the database is unavailable); they are lost",
                    left);
        }
    }
}
