package com.lepton.caselibrary.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which jobs a replica may mark interrupted: never one a live replica runs. */
class JobHoldingTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private final JobHolding replicaA = new JobHolding("replica-a", false, TIMEOUT);

    @Test
    void atItsStartAReplicaFailsItsOwnOldJobsAtOnce() {
        FineTuneJob own = job("replica-a", NOW.minusSeconds(1));

        assertThat(replicaA.interruptedAtStart(own, NOW)).isTrue();
    }

    @Test
    void aJobALiveReplicaBeatsForIsLeftAlone() {
        FineTuneJob running = job("replica-b", NOW.minusSeconds(5));

        assertThat(replicaA.interruptedAtStart(running, NOW)).isFalse();
        assertThat(replicaA.orphaned(running, NOW)).isFalse();
        assertThat(replicaA.orphaned(job("replica-b", NOW.minus(TIMEOUT)), NOW))
                .as("silent exactly as long as allowed")
                .isFalse();
    }

    @Test
    void aJobWhoseHolderStoppedBeatingLongerThanTheTimeoutWasInterrupted() {
        FineTuneJob silent = job("replica-b", NOW.minus(TIMEOUT).minusMillis(1));

        assertThat(replicaA.orphaned(silent, NOW)).isTrue();
        assertThat(replicaA.interruptedAtStart(silent, NOW)).isTrue();
    }

    @Test
    void aJobFromBeforeHoldersWereRecordedHasNone() {
        assertThat(replicaA.orphaned(job(null, NOW), NOW)).isTrue();
        assertThat(replicaA.orphaned(new FineTuneJob(), NOW))
                .as("no heartbeat either")
                .isTrue();
    }

    @Test
    void whileRunningAReplicaLeavesItsOwnBeatenJobs() {
        assertThat(replicaA.orphaned(job("replica-a", NOW.minusSeconds(5)), NOW))
                .isFalse();
    }

    @Test
    void aPortalAloneOnH2FailsEveryActiveJobAtItsStartButOnlySilentOnesLater() {
        JobHolding alone = new JobHolding(JobHolding.name(""), true, TIMEOUT);
        FineTuneJob beaten = job("portal-before", NOW.minusSeconds(5));

        assertThat(alone.interruptedAtStart(beaten, NOW)).isTrue();
        assertThat(alone.orphaned(beaten, NOW)).isFalse();
    }

    @Test
    void withoutAReplicaNameEachProcessIsAHolderOfItsOwn() {
        assertThat(JobHolding.name("")).startsWith("portal-").isNotEqualTo(JobHolding.name(" "));
        assertThat(JobHolding.name(null)).startsWith("portal-");
        assertThat(JobHolding.name(" replica-a ")).isEqualTo("replica-a");
        FineTuneJob previousProcess = job(JobHolding.name(""), NOW.minusSeconds(5));
        assertThat(new JobHolding(JobHolding.name(""), false, TIMEOUT).interruptedAtStart(previousProcess, NOW))
                .as("not known as its own: failed only once silent too long")
                .isFalse();
    }

    private static FineTuneJob job(String holder, Instant beat) {
        return new FineTuneJob("alice", "manufacturing-sorting", "Client A", 3, 40, 10, holder, beat);
    }
}
