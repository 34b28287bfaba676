package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The start-up warm-up: it runs the shipped samples over the REST API before readiness turns UP, and leaves
 * neither run records nor used quota behind; its header without the right token is an ordinary visitor's.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "lepton.demo.warm-up=4s",
            "lepton.demo.warm-up-clients=4",
            "lepton.demo.runs-per-minute=2",
            "lepton.demo.runs-per-minute-per-address=2"
        })
class StartupWarmUpIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path data = Files.createTempDirectory("lepton-warm-up-it");
        registry.add("lepton.data-directory", data::toString);
    }

    /** Notes how many warm-up runs had been answered when readiness turned UP. */
    @TestConfiguration
    static class ReadinessWatch {
        static final AtomicLong runsWhenReady = new AtomicLong(-1);

        @Autowired
        StartupWarmUp warmUp;

        @EventListener
        void ready(AvailabilityChangeEvent<ReadinessState> event) {
            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                runsWhenReady.set(warmUp.answered());
            }
        }
    }

    @Autowired
    PluginHost plugins;

    @Autowired
    RunHistory history;

    @Autowired
    DemoRunRepository runs;

    @LocalServerPort
    int port;

    @Test
    void theWarmUpRunsBeforeReadinessAndLeavesNoRecordAndNoQuotaUsed() throws Exception {
        LoadedCase live = plugins.cases().getFirst();
        DemoSample sample = live.plugin().demo().samples().getFirst();
        assertThat(ReadinessWatch.runsWhenReady.get())
                .as("runs answered by the warm-up before readiness turned UP")
                .isGreaterThan(live.plugin().demo().samples().size());

        history.flush();
        assertThat(runs.count()).as("warm-up runs are not history").isZero();

        // The quota is 2 runs a minute for this address: untouched by the warm-up, both pass, the third waits.
        HttpClient http = HttpClient.newHttpClient();
        URI run = URI.create(
                "http://127.0.0.1:%d/api/cases/%s/samples/%s/run".formatted(port, live.caseId(), sample.id()));
        assertThat(post(http, run, null)).isEqualTo(200);
        assertThat(post(http, run, null)).isEqualTo(200);
        assertThat(post(http, run, null)).isEqualTo(429);
        // A guessed token makes no exception.
        assertThat(post(http, run, "0".repeat(64))).isEqualTo(429);

        history.flush();
        assertThat(runs.count()).as("the visitor's runs are recorded").isEqualTo(2);
    }

    private static int post(HttpClient http, URI run, String warmUpHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(run).POST(HttpRequest.BodyPublishers.noBody());
        if (warmUpHeader != null) {
            request.header(WarmUpToken.HEADER, warmUpHeader);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
