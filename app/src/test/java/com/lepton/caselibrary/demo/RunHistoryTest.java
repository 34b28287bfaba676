package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The run history's queue, batches and backlog, against a writer that can be switched off. The
 * writer's own turn is stretched to an hour, so each test decides when a batch is written.
 */
class RunHistoryTest {

    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final List<DemoRun> stored = new ArrayList<>();
    private final AtomicInteger transactions = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong();
    private final RunHistory history = new RunHistory(writer(), new SimpleMeterRegistry(), Duration.ofHours(1));

    @AfterEach
    void stop() {
        history.destroy();
    }

    @Test
    void queuesRunsAndWritesThemInOneBatchWithTheirTimesAndIds() {
        DemoRun first = run("a");
        history.record(first);
        history.record(run("b"));
        history.record(run("c"));
        assertThat(stored).as("nothing written on the visitor's request").isEmpty();
        assertThat(history.backlog()).isEqualTo(3);

        history.flush();

        assertThat(stored).extracting(DemoRun::getCaseId).containsExactly("a", "b", "c");
        assertThat(transactions).as("one batch, one transaction").hasValue(1);
        assertThat(stored.getFirst().getCreatedAt()).isEqualTo(first.getCreatedAt());
        assertThat(stored.getFirst().getQueueMs()).isEqualTo(1);
        assertThat(stored.getFirst().getComputeMs()).isEqualTo(2);
        assertThat(first.getId())
                .as("the run learns its id")
                .isEqualTo(stored.getFirst().getId());
        assertThat(history.backlog()).isZero();
    }

    @Test
    void theWriterWritesWithoutBeingAsked() throws InterruptedException {
        RunHistory quick = new RunHistory(writer(), new SimpleMeterRegistry(), Duration.ofMillis(20));
        try {
            quick.record(run("by-itself"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (quick.backlog() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            synchronized (stored) {
                assertThat(stored).extracting(DemoRun::getCaseId).containsExactly("by-itself");
            }
        } finally {
            quick.destroy();
        }
    }

    @Test
    void countsTheSuccessesStillWaitingSoACountShownAfterARunIncludesIt() {
        history.record(run("a"));
        history.record(new DemoRun("a", "1.0.0", "IMAGE", null, 0, 0, DemoRun.Outcome.BUSY, null, "busy"));
        history.record(run("b"));
        assertThat(history.pendingSuccesses("a")).isEqualTo(1);
        history.flush();
        assertThat(history.pendingSuccesses("a")).isZero();
    }

    @Test
    void givesTheModelTimesStillWaitingSoATypicalTimeShownAfterTheFirstRunIsNotZero() {
        history.record(new DemoRun("a", "1.0.0", "IMAGE", null, 0, 31, DemoRun.Outcome.SUCCESS, "top", null));
        history.record(new DemoRun("a", "1.0.0", "IMAGE", null, 0, 0, DemoRun.Outcome.BUSY, null, "busy"));
        history.record(run("b"));
        history.record(new DemoRun("a", "1.0.0", "IMAGE", null, 0, 45, DemoRun.Outcome.SUCCESS, "top", null));
        assertThat(history.pendingComputeMs("a")).as("newest first").containsExactly(45L, 31L);
        history.flush();
        assertThat(history.pendingComputeMs("a")).isEmpty();
    }

    @Test
    void idOfWritesThePendingRunFirst() {
        DemoRun kept = run("kept");
        history.record(kept);
        assertThat(kept.getId()).isNull();
        assertThat(history.idOf(kept)).isNotNull().isEqualTo(stored.getFirst().getId());
    }

    @Test
    void keepsRunsInOrderWithTheirTimesUntilTheDatabaseIsBack() {
        history.record(run("before"));
        history.flush();
        databaseUp.set(false);
        DemoRun first = run("during-1");
        history.record(first);
        history.record(run("during-2"));
        history.flush();
        assertThat(history.backlog())
                .as("nothing written while the database is down")
                .isEqualTo(2);
        assertThat(history.idOf(first)).as("no id while the database is down").isNull();

        databaseUp.set(true);
        history.record(run("after"));
        history.flush();

        assertThat(stored).extracting(DemoRun::getCaseId).containsExactly("before", "during-1", "during-2", "after");
        assertThat(stored.get(1).getCreatedAt()).isEqualTo(first.getCreatedAt());
        assertThat(history.backlog()).isZero();
        assertThat(history.lost()).isZero();
    }

    @Test
    void dropsTheOldestWhenTheBacklogOverflowsAndCountsThem() {
        databaseUp.set(false);
        for (int i = 0; i < RunHistory.BACKLOG_LIMIT + 5; i++) {
            history.record(run("case-" + i));
        }
        assertThat(history.backlog()).isEqualTo(RunHistory.BACKLOG_LIMIT);
        assertThat(history.lost()).isEqualTo(5);
        databaseUp.set(true);
        history.flush();
        assertThat(stored).hasSize(RunHistory.BACKLOG_LIMIT);
        assertThat(stored.getFirst().getCaseId()).isEqualTo("case-5");
    }

    @Test
    void aCleanStopWritesEveryRunStillWaiting() {
        for (int i = 0; i < 1234; i++) {
            history.record(run("pending-" + i));
        }
        assertThat(stored).isEmpty();

        history.destroy();

        assertThat(stored).hasSize(1234);
        assertThat(stored.getLast().getCaseId()).isEqualTo("pending-1233");
        assertThat(history.backlog()).isZero();
        assertThat(history.lost()).isZero();
    }

    @Test
    void aStopWithoutTheDatabaseCountsWhatWaitsAsLost() {
        databaseUp.set(false);
        history.record(run("a"));
        history.record(run("b"));

        history.destroy();

        assertThat(stored).isEmpty();
        assertThat(history.lost()).isEqualTo(2);
        history.record(run("after the stop"));
        assertThat(history.lost())
                .as("a run answered after the stop is counted too")
                .isEqualTo(3);
        assertThat(stored).isEmpty();
    }

    /** A writer that can be switched off: like the database, it writes the whole batch or nothing. */
    private RunWriter writer() {
        return runs -> {
            synchronized (stored) {
                if (!databaseUp.get()) {
                    throw new DataAccessResourceFailureException("connection refused");
                }
                transactions.incrementAndGet();
                for (DemoRun run : runs) {
                    run.written(ids.incrementAndGet());
                    stored.add(run);
                }
            }
        };
    }

    private static DemoRun run(String caseId) {
        return new DemoRun(caseId, "1.0.0", "IMAGE", null, 1, 2, DemoRun.Outcome.SUCCESS, "top", null);
    }
}
