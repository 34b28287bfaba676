package com.lepton.caselibrary.rest;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.lepton.caselibrary.SharedPortal;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.demo.DemoRun;
import com.lepton.caselibrary.demo.DemoRunRepository;
import com.lepton.caselibrary.demo.RunHistory;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceProperties;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Limit;

/**
 * The inference pool saturated, seen by visitors over HTTP. The image case's model is served by one
 * worker with a queue of two, and its real adapter is made to hold that worker until released (so
 * saturation does not depend on how fast this machine is): while the worker and queue are full a
 * visitor's run is answered 503 "busy, try again in N s" with Retry-After, in their language, and
 * recorded as busy rather than failed; other cases answer; once released, the queued runs complete
 * and a new run succeeds without anyone stepping in.
 */
class PoolSaturationIT extends SharedPortal {

    private static final String CASE = "manufacturing-sorting";
    private static final String RUN = "/api/cases/" + CASE + "/samples/sneaker/run";

    @LocalServerPort
    int port;

    @Autowired
    InferencePool pool;

    @Autowired
    PluginHost plugins;

    @Autowired
    DemoRunRepository runs;

    /** Runs are written in the background: the test flushes before it reads them. */
    @Autowired
    RunHistory history;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void visitorsOfASaturatedPoolAreToldBusyTryAgainAndThePortalRecoversByItself() throws Exception {
        LoadedCase loaded = plugins.find(CASE).orElseThrow();
        Path savedModel = pool.savedModel(CASE).orElseThrow();
        String version = pool.version(CASE).orElseThrow();
        CountDownLatch release = new CountDownLatch(1);
        HoldingAdapter holding = new HoldingAdapter(loaded.plugin().adapter(), release);
        pool.register(
                CASE,
                version,
                savedModel,
                holding,
                null,
                new InferenceProperties.BatchSettings(1, 1, Duration.ZERO, 2, Duration.ofSeconds(60)));
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        try {
            // One run takes the only worker, two more fill the queue.
            held.add(postAsync(RUN, "en"));
            awaitAtLeast(() -> pool.busyWorkers(CASE), 1, "the worker holding the first run");
            held.add(postAsync(RUN, "en"));
            held.add(postAsync(RUN, "en"));
            awaitAtLeast(() -> pool.queueLength(CASE), 2, "two runs queued");

            HttpResponse<String> english = post(RUN, "en");
            assertThat(english.statusCode()).as(english.body()).isEqualTo(503);
            assertThat(english.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(
                            seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
            assertThat(english.body())
                    .contains("The model is busy. Please try again in")
                    .contains("\"messageKey\":\"demo.error.busy\"");
            HttpResponse<String> chinese = post(RUN, "zh-CN");
            assertThat(chinese.statusCode()).isEqualTo(503);
            assertThat(chinese.body()).contains("模型正忙");
            history.flush();
            List<DemoRun> latest = runs.findByCaseIdOrderByCreatedAtDesc(CASE, Limit.of(2));
            assertThat(latest)
                    .extracting(DemoRun::getOutcome)
                    .as("recorded as busy, not as failures")
                    .containsOnly(DemoRun.Outcome.BUSY);

            // The rest of the portal is not affected.
            assertThat(get("/api/cases").body()).contains(CASE, "finance-cheque-digits");
            HttpResponse<String> otherRun = post(
                    "/api/cases/finance-cheque-digits/samples/" + firstSample("finance-cheque-digits") + "/run", "en");
            assertThat(otherRun.statusCode()).as(otherRun.body()).isEqualTo(200);
            assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        } finally {
            release.countDown();
        }
        for (CompletableFuture<HttpResponse<String>> run : held) {
            HttpResponse<String> answer = run.get(60, TimeUnit.SECONDS);
            assertThat(answer.statusCode())
                    .as("a queued run completes once the worker is free: " + answer.body())
                    .isEqualTo(200);
            assertThat(answer.body()).contains("\"succeeded\":true").contains("sneaker");
        }
        HttpResponse<String> after = post(RUN, "en");
        assertThat(after.statusCode()).as("recovered: " + after.body()).isEqualTo(200);

        // Back to the plugin's own adapter and the configured settings, as the portal loaded it.
        pool.register(CASE, version, savedModel, loaded.plugin().adapter(), null);
        assertThat(post(RUN, "en").statusCode()).isEqualTo(200);
    }

    /** The plugin's adapter, holding the worker in pre-processing until released. */
    private record HoldingAdapter(DataAdapter delegate, CountDownLatch release) implements DataAdapter {

        @Override
        public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return delegate.toTensors(manager, input);
        }

        @Override
        public DemoResult toResult(NDList output) {
            return delegate.toResult(output);
        }
    }

    private static void awaitAtLeast(IntSupplier value, int wanted, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (value.getAsInt() < wanted && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(value.getAsInt()).as(what).isGreaterThanOrEqualTo(wanted);
    }

    private String firstSample(String caseId) throws Exception {
        Matcher sample = Pattern.compile("\"samples\":\\[\"([^\"]+)\"")
                .matcher(get("/api/cases/" + caseId).body());
        assertThat(sample.find()).isTrue();
        return sample.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest postRequest(String path, String language) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
    }

    private HttpResponse<String> post(String path, String language) throws Exception {
        return http.send(postRequest(path, language), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> postAsync(String path, String language) {
        return http.sendAsync(postRequest(path, language), HttpResponse.BodyHandlers.ofString());
    }
}
