package com.lepton.caselibrary.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.LeptonApplication;
import com.lepton.caselibrary.ScratchDatabase;
import com.lepton.caselibrary.demo.DemoOutcome;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.Requester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portal replicas on one PostgreSQL database (the real server, 127.0.0.1:5432 unless {@code LEPTON_IT_PG_URL}
 * says otherwise, in a database of its own) and one data folder, as compose runs them. Replica B starting does not
 * fail the job replica A is training; a job whose replica died is failed once its heartbeat is older than the
 * holder timeout (10 s here), while A's job, beaten for, is not; a cancel clicked on B stops the job on A; a model
 * tuned on A is served on B, and dropped there when A deletes it.
 */
class FineTuneReplicasIT {

    private static final String OWNER = "replica-consultant";
    private static final String CASE = "manufacturing-sorting";
    private static final Duration HOLDER_TIMEOUT = Duration.ofSeconds(10);

    private static ScratchDatabase database;
    private static Path data;

    @BeforeAll
    static void createDatabase() throws Exception {
        database = ScratchDatabase.create("lepton_tune");
        data = Files.createTempDirectory("lepton-tune-replicas");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.drop();
    }

    @Test
    void replicasShareFineTuningJobsSafely() throws Exception {
        byte[] set = ClientSets.images(ClientSets.FASHION, 10);
        try (ConfigurableApplicationContext a = startReplica("replica-a")) {
            FineTuneService tuningA = a.getBean(FineTuneService.class);
            long training = tuningA.start(OWNER, CASE, set, 900, "Long").getId();
            await("A trains its job", Duration.ofMinutes(1), () -> state(a, training) == FineTuneJob.State.RUNNING);

            try (ConfigurableApplicationContext b = startReplica("replica-b")) {
                FineTuneService tuningB = b.getBean(FineTuneService.class);
                assertThat(state(b, training))
                        .as("B's start leaves the job A is training alone")
                        .isEqualTo(FineTuneJob.State.RUNNING);

                // A replica that died with a job: its heartbeat stops now.
                FineTuneJob dead = b.getBean(FineTuneJobRepository.class)
                        .save(new FineTuneJob(OWNER, CASE, "Gone", 5, 40, 10, "replica-dead", Instant.now()));
                Thread.sleep(3_000);
                assertThat(state(b, dead.getId()))
                        .as("not failed before the holder timeout")
                        .isEqualTo(FineTuneJob.State.QUEUED);
                await(
                        "the dead replica's job is failed",
                        HOLDER_TIMEOUT.multipliedBy(3),
                        () -> state(b, dead.getId()) == FineTuneJob.State.FAILED);
                assertThat(tuningB.find(dead.getId(), OWNER).orElseThrow().getMessage())
                        .contains("replica running it stopped");
                assertThat(state(a, training))
                        .as("A's job, older than the timeout but beaten for, runs on")
                        .isEqualTo(FineTuneJob.State.RUNNING);

                assertThat(tuningB.cancelOrDelete(training, OWNER))
                        .as("cancelled on B, not deleted under A's feet")
                        .isEqualTo(FineTuneService.Removal.CANCELLING);
                FineTuneWorker workerA = a.getBean(FineTuneWorker.class);
                await(
                        "A stops the job cancelled on B",
                        Duration.ofSeconds(60),
                        () -> workerA.running().isEmpty());
                assertThat(state(a, training)).isEqualTo(FineTuneJob.State.CANCELLED);
                assertThat(ClientModels.directory(a.getBean(FineTuneProperties.class), training))
                        .doesNotExist();

                long tuned = tuningA.start(OWNER, CASE, set, 2, "Client A").getId();
                await(
                        "A tunes a client model",
                        Duration.ofMinutes(2),
                        () -> !state(a, tuned).active());
                assertThat(state(a, tuned)).isEqualTo(FineTuneJob.State.SUCCEEDED);
                ClientModels modelsA = a.getBean(ClientModels.class);
                ClientModels modelsB = b.getBean(ClientModels.class);
                assertThat(modelsA.ofOwner(tuned, OWNER))
                        .as("A serves it from the moment it succeeded")
                        .isPresent();
                await(
                        "B serves the model tuned on A",
                        Duration.ofSeconds(60),
                        () -> modelsB.ofOwner(tuned, OWNER).isPresent());
                Thread.sleep(1_500); // three more beats
                assertThat(modelsA.ofOwner(tuned, OWNER))
                        .as("A's beats keep the model it tuned")
                        .isPresent();
                DemoService demosB = b.getBean(DemoService.class);
                assertThat(demosB.runSample(
                                demosB.liveCase(CASE).orElseThrow(),
                                modelsB.ofOwner(tuned, OWNER).orElseThrow(),
                                Requester.of("replicas-it"),
                                "sneaker"))
                        .isInstanceOfSatisfying(
                                DemoOutcome.Success.class,
                                success -> assertThat(success.modelVersion()).isEqualTo("client-" + tuned));

                assertThat(tuningA.cancelOrDelete(tuned, OWNER)).isEqualTo(FineTuneService.Removal.DELETED);
                InferencePool poolB = b.getBean(InferencePool.class);
                await(
                        "B drops the model deleted on A",
                        Duration.ofSeconds(30),
                        () -> !poolB.isLoaded(ClientModels.key(tuned)));
            }
        }
    }

    private static FineTuneJob.State state(ConfigurableApplicationContext replica, long id) {
        return replica.getBean(FineTuneService.class)
                .find(id, OWNER)
                .orElseThrow()
                .getState();
    }

    private static void await(String what, Duration limit, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + limit).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static ConfigurableApplicationContext startReplica(String name) {
        // Arguments, not builder properties: those are defaults that application-postgres.properties would override.
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--lepton.data-directory=" + data,
                "--lepton.security.admin.password=replicas-admin-secret-1",
                "--lepton.fine-tune.replica-name=" + name,
                "--lepton.fine-tune.max-epochs=1000",
                "--lepton.fine-tune.heartbeat=500ms",
                "--lepton.fine-tune.holder-timeout=" + HOLDER_TIMEOUT.toSeconds() + "s"));
        arguments.addAll(database.portalArguments());
        return new SpringApplicationBuilder(LeptonApplication.class)
                .profiles("postgres")
                .run(arguments.toArray(String[]::new));
    }
}
