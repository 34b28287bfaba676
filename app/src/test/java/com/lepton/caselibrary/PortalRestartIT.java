package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.account.AccountService;
import com.lepton.caselibrary.account.Role;
import com.lepton.caselibrary.catalog.CatalogService;
import com.lepton.caselibrary.deck.Deck;
import com.lepton.caselibrary.deck.DeckService;
import com.lepton.caselibrary.demo.DemoOutcome;
import com.lepton.caselibrary.demo.DemoRunRepository;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.finetune.ClientModels;
import com.lepton.caselibrary.finetune.ClientSets;
import com.lepton.caselibrary.finetune.FineTuneJob;
import com.lepton.caselibrary.finetune.FineTuneService;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.pluginhost.PluginState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Data safety across a restart of the portal itself: a portal on PostgreSQL (the real server,
 * 127.0.0.1:5432 unless {@code LEPTON_IT_PG_URL} says otherwise, in a database of its own) takes
 * an account, a deck with a slide, demo runs and a disabled plugin, and stops; a second portal on
 * the same database and data folder starts, re-runs its Flyway migrations without change, and
 * finds all of it: the account signs in with its password, the deck has its slide, the runs are
 * in the history and the plugin is still disabled, its case without a live demo. The first portal
 * writes its run history only at its turns an hour apart, so its runs reach the database only
 * because a clean stop writes what waits. A consultant's fine-tuned client model survives the restart (served
 * again, on its deck slide too); a job
 * that was still running when the portal went away is marked failed.
 */
class PortalRestartIT {

    private static final String DISABLED_PLUGIN = "technology-co2-monitoring";

    private static ScratchDatabase database;
    private static Path data;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void createDatabase() throws Exception {
        database = ScratchDatabase.create("lepton_restart");
        data = Files.createTempDirectory("lepton-restart");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.drop();
    }

    @Test
    void everythingAcknowledgedSurvivesARestartOfThePortal() throws Exception {
        String password;
        long deckId;
        int answered = 0;
        int migrationsBefore;
        long tunedId;
        try (ConfigurableApplicationContext first = startPortal("--lepton.demo.history-flush-interval=1h")) {
            password = first.getBean(AccountService.class).create("restart-consultant", Role.CONSULTANT);
            DeckService decks = first.getBean(DeckService.class);
            DeckService.User owner = new DeckService.User("restart-consultant", false);
            Deck deck = decks.create(owner, "Board meeting", "Client A");
            decks.addSlide(deck.getId(), owner, "manufacturing-sorting", "sneaker", "Start with the sorting line");
            deckId = deck.getId();
            int port = port(first);
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> run = post(port, "/api/cases/manufacturing-sorting/samples/sneaker/run");
                assertThat(run.body()).contains("\"succeeded\":true");
                answered++;
            }
            assertThat(first.getBean(PluginHost.class).disable(DISABLED_PLUGIN).done())
                    .isTrue();
            assertThat(first.getBean(DemoRunRepository.class).count())
                    .as("the runs wait in memory for the writer's turn")
                    .isZero();
            FineTuneService tuning = first.getBean(FineTuneService.class);
            tunedId = tuning.start(
                            "restart-consultant",
                            "manufacturing-sorting",
                            ClientSets.images(ClientSets.FASHION, 10),
                            2,
                            "Client A")
                    .getId();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (tuning.find(tunedId, "restart-consultant")
                            .orElseThrow()
                            .getState()
                            .active()
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(tuning.find(tunedId, "restart-consultant").orElseThrow().getState())
                    .isEqualTo(FineTuneJob.State.SUCCEEDED);
            decks.addSlide(deckId, owner, "manufacturing-sorting", "sneaker", "Now on your own photos", tunedId);
            migrationsBefore = count("select count(*) from flyway_schema_history where success");
        }
        // A job the portal was running when it went away (a crash leaves such a row behind).
        update("insert into fine_tune_job (owner, case_id, client, state, epochs, epoch, train_count, held_out_count,"
                + " losses, curve, created_at) values ('restart-consultant', 'manufacturing-sorting', 'Client B',"
                + " 'RUNNING', 10, 3, 80, 20, '', '', current_timestamp)");
        assertThat(count("select count(*) from demo_run"))
                .as("every answered run written at the clean stop")
                .isEqualTo(answered);

        try (ConfigurableApplicationContext second = startPortal()) {
            assertThat(count("select count(*) from flyway_schema_history where success"))
                    .as("the migrations ran again on the existing database and changed nothing")
                    .isEqualTo(migrationsBefore);
            AccountService accounts = second.getBean(AccountService.class);
            assertThat(accounts.find("restart-consultant")).isPresent();
            assertThat(second.getBean(PasswordEncoder.class)
                            .matches(
                                    password,
                                    accounts.loadUserByUsername("restart-consultant")
                                            .getPassword()))
                    .isTrue();
            DeckService.User owner = new DeckService.User("restart-consultant", false);
            Deck deck = second.getBean(DeckService.class).open(deckId, owner).orElseThrow();
            assertThat(deck.getTitle()).isEqualTo("Board meeting");
            assertThat(deck.getItems())
                    .extracting(item -> item.getNotes())
                    .containsExactly("Start with the sorting line", "Now on your own photos");
            assertThat(deck.getItems().get(1).getClientModel()).isEqualTo(tunedId);
            assertThat(second.getBean(DeckService.class).run(deck.getItems().get(1), Requester.of("restart-it")))
                    .as("the deck's client-model slide still runs the client model")
                    .isInstanceOfSatisfying(
                            DemoOutcome.Success.class,
                            success -> assertThat(success.modelVersion()).isEqualTo("client-" + tunedId));
            assertThat(second.getBean(DemoRunRepository.class).count()).isEqualTo(answered);
            assertThat(count("select count(*) from demo_run where queue_ms >= 0 and compute_ms >= 0"
                            + " and outcome = 'SUCCESS' and created_at is not null"))
                    .as("with their times and outcome")
                    .isEqualTo(answered);
            assertThat(second.getBean(PluginHost.class).installed())
                    .filteredOn(plugin -> plugin.getPluginId().equals(DISABLED_PLUGIN))
                    .extracting(plugin -> plugin.getState())
                    .containsExactly(PluginState.DISABLED);
            assertThat(second.getBean(CatalogService.class).find(DISABLED_PLUGIN))
                    .as("its write-up stays, its demo is not live")
                    .map(entry -> entry.isLiveDemo())
                    .contains(false);
            FineTuneService tuning = second.getBean(FineTuneService.class);
            var tuned = tuning.find(tunedId, "restart-consultant").orElseThrow();
            assertThat(tuned.getState()).isEqualTo(FineTuneJob.State.SUCCEEDED);
            assertThat(tuning.outcome(tuned)).isPresent();
            assertThat(data.resolve("fine-tunes")
                            .resolve(Long.toString(tunedId))
                            .resolve("saved_model.pb"))
                    .as("the client model stays")
                    .isRegularFile();
            var clientModel = second.getBean(ClientModels.class).ofOwner(tunedId, "restart-consultant");
            assertThat(clientModel)
                    .as("the client model is served again after the restart")
                    .isPresent();
            DemoService demos = second.getBean(DemoService.class);
            var sorting = demos.liveCase("manufacturing-sorting").orElseThrow();
            assertThat(demos.runSample(sorting, clientModel.get(), Requester.of("restart-it"), "sneaker"))
                    .isInstanceOfSatisfying(
                            DemoOutcome.Success.class,
                            success -> assertThat(success.modelVersion()).isEqualTo("client-" + tunedId));
            assertThat(count("select count(*) from fine_tune_job where state = 'RUNNING'"))
                    .isZero();
            assertThat(count("select count(*) from fine_tune_job where client = 'Client B' and state = 'FAILED'"
                            + " and finished_at is not null"))
                    .as("the interrupted job is marked failed")
                    .isEqualTo(1);
            assertThat(post(port(second), "/api/cases/manufacturing-sorting/samples/sneaker/run")
                            .body())
                    .contains("\"succeeded\":true");
        }
    }

    private static ConfigurableApplicationContext startPortal(String... more) {
        // Arguments, not builder properties: those are defaults that application-postgres.properties would override.
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--lepton.data-directory=" + data,
                "--lepton.security.admin.password=restart-admin-secret-1"));
        arguments.addAll(database.portalArguments());
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(LeptonApplication.class)
                .profiles("postgres")
                .run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private HttpResponse<String> post(int port, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void update(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
