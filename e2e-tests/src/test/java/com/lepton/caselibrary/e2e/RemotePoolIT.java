package com.lepton.caselibrary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two packaged portals: a front one whose demos run on the other's inference pool over the Open
 * Inference Protocol. When the pool portal goes away the front one answers from its own pool,
 * and when a pool portal is back on the same address the front one uses it again by itself.
 */
class RemotePoolIT {

    private static final String CASE = "manufacturing-sorting";
    private static final String RUN = "/api/cases/" + CASE + "/samples/sneaker/run";
    private static final Pattern COUNT =
            Pattern.compile("\"statistic\"\\s*:\\s*\"COUNT\"\\s*,\\s*\"value\"\\s*:\\s*([0-9.Ee+-]+)");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aPortalRunsDemosOnAnotherPortalsPoolFallsBackWhileItIsDownAndRecovers() throws Exception {
        int poolPort = PortalProcess.freePort();
        try (PortalProcess front = PortalProcess.start(
                "front",
                0,
                List.of(
                        "--lepton.serving.remote.url=http://127.0.0.1:" + poolPort,
                        "--lepton.serving.remote.retry-after=1s"))) {
            try (PortalProcess pool = PortalProcess.start("pool", poolPort, List.of())) {
                double served = batches(pool);
                assertSneaker(front);
                assertThat(batches(pool))
                        .as("the pool portal ran the front portal's demo")
                        .isGreaterThan(served);
                assertThat(remoteCalls(front, "remote")).isEqualTo(1);
            }

            assertSneaker(front);
            assertThat(remoteCalls(front, "fallback"))
                    .as("answered from its own pool while the other is down")
                    .isEqualTo(1);

            try (PortalProcess poolAgain = PortalProcess.start("pool-again", poolPort, List.of())) {
                Thread.sleep(1500);
                double served = batches(poolAgain);
                assertSneaker(front);
                assertThat(remoteCalls(front, "remote"))
                        .as("back on the remote pool by itself")
                        .isEqualTo(2);
                assertThat(batches(poolAgain)).isGreaterThan(served);
            }
        }
    }

    private void assertSneaker(PortalProcess portal) throws IOException, InterruptedException {
        HttpResponse<String> run = http.send(
                HttpRequest.newBuilder(URI.create(portal.url(RUN)))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(run.body()).contains("\"succeeded\":true", "\"key\":\"sneaker\"");
    }

    private double batches(PortalProcess portal) throws IOException, InterruptedException {
        return count(portal, "/actuator/metrics/lepton.inference.batch.size?tag=model:" + CASE);
    }

    private double remoteCalls(PortalProcess portal, String outcome) throws IOException, InterruptedException {
        return count(portal, "/actuator/metrics/lepton.inference.remote?tag=outcome:" + outcome);
    }

    private double count(PortalProcess portal, String path) throws IOException, InterruptedException {
        // Metrics are for administrators: HTTP Basic with the portal's first administrator.
        String credentials = Base64.getEncoder()
                .encodeToString((PortalProcess.ADMIN_USERNAME + ":" + PortalProcess.ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> metric = http.send(
                HttpRequest.newBuilder(URI.create(portal.url(path)))
                        .header("Authorization", "Basic " + credentials)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (metric.statusCode() == 404) {
            return 0;
        }
        Matcher matcher = COUNT.matcher(metric.body());
        assertThat(matcher.find()).as(metric.body()).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
