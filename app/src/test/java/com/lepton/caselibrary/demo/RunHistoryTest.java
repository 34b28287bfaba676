package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The run history's backlog while the database is down, against a repository that can be switched off. */
class RunHistoryTest {

    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final List<DemoRun> stored = new ArrayList<>();
    private final RunHistory history = new RunHistory(repository(), new SimpleMeterRegistry());

    @AfterEach
    void stop() {
        history.destroy();
    }

    @Test
    void writesAtOnceWhileTheDatabaseAnswers() {
        history.record(run("a"));
        assertThat(stored).extracting(DemoRun::getCaseId).containsExactly("a");
        assertThat(history.backlog()).isZero();
    }

    @Test
    void keepsRunsInOrderWithTheirTimesUntilTheDatabaseIsBack() {
        history.record(run("before"));
        databaseUp.set(false);
        DemoRun first = run("during-1");
        history.record(first);
        history.record(run("during-2"));
        history.writeBacklog();
        assertThat(history.backlog())
                .as("nothing written while the database is down")
                .isEqualTo(2);

        databaseUp.set(true);
        history.record(run("after"));
        assertThat(stored)
                .as("a new run waits behind the backlog, so the history stays in order")
                .hasSize(1);
        history.writeBacklog();

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
        history.writeBacklog();
        assertThat(stored).hasSize(RunHistory.BACKLOG_LIMIT);
        assertThat(stored.getFirst().getCaseId()).isEqualTo("case-5");
    }

    /** Only the two writes the history uses; anything else would be a surprise worth failing on. */
    @SuppressWarnings("unchecked")
    private DemoRunRepository repository() {
        return (DemoRunRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DemoRunRepository.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "save" -> {
                        failIfDown();
                        stored.add((DemoRun) args[0]);
                        yield args[0];
                    }
                    case "saveAll" -> {
                        failIfDown();
                        stored.addAll((List<DemoRun>) args[0]);
                        yield args[0];
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private void failIfDown() {
        if (!databaseUp.get()) {
            throw new DataAccessResourceFailureException("connection refused");
        }
    }

    private static DemoRun run(String caseId) {
        return new DemoRun(caseId, "1.0.0", "IMAGE", null, 1, 2, DemoRun.Outcome.SUCCESS, "top", null);
    }
}
