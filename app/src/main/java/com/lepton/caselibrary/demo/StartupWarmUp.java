package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Before the portal reports ready (readiness turns UP only when this returns, so a proxy sends no visitor yet), runs
 * every shipped sample of every live case over loopback HTTP for a while, through the same filters, controller,
 * JSON and pool as a visitor's run, and renders the home and each case page once: the first visitors then meet
 * compiled code instead of the interpreter. The runs carry the {@link WarmUpToken}, so no quota counts them and
 * the history does not record them.
 */
@Component
class StartupWarmUp {

    private static final Logger log = LoggerFactory.getLogger(StartupWarmUp.class);

    private final PluginHost plugins;
    private final InferencePool pool;
    private final WarmUpToken token;
    private final Duration length;
    private final int clients;
    private final Duration modelsTimeout;
    private final AtomicLong answered = new AtomicLong();

    StartupWarmUp(
            PluginHost plugins,
            InferencePool pool,
            WarmUpToken token,
            @Value("${lepton.demo.warm-up:0s}") Duration length,
            @Value("${lepton.demo.warm-up-clients:8}") int clients,
            @Value("${lepton.demo.warm-up-models-timeout:3m}") Duration modelsTimeout) {
        this.plugins = plugins;
        this.pool = pool;
        this.token = token;
        this.length = length;
        this.clients = Math.max(1, clients);
        this.modelsTimeout = modelsTimeout;
    }

    /** Runs answered by the last warm-up (200 OK). */
    long answered() {
        return answered.get();
    }

    @EventListener
    void warmUp(ApplicationReadyEvent ready) throws InterruptedException {
        if (length.isZero()
                || length.isNegative()
                || !(ready.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer() == null
                || web.getWebServer().getPort() <= 0) {
            return;
        }
        String base = "http://127.0.0.1:" + web.getWebServer().getPort();
        List<String> runs = sampleRuns(base);
        if (runs.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        renderPages(http, base);
        long until = System.nanoTime() + length.toNanos();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int first = c;
                workers.submit(() -> drive(http, runs, first, until));
            }
        }
        log.info(
                "Warm-up before readiness: {} runs of {} samples in {} s (neither metered nor recorded)",
                answered.get(),
                runs.size(),
                Math.round((System.nanoTime() - start) / 1e8) / 10.0);
    }

    /** The run address of every shipped sample whose model is loaded, once the pool has them (bounded wait). */
    private List<String> sampleRuns(String base) throws InterruptedException {
        long deadline = System.nanoTime() + modelsTimeout.toNanos();
        while (System.nanoTime() < deadline
                && plugins.cases().stream().anyMatch(c -> !pool.isLoaded(CaseModels.modelKey(c)))) {
            Thread.sleep(200);
        }
        List<String> runs = new ArrayList<>();
        for (LoadedCase loaded : plugins.cases()) {
            if (!pool.isLoaded(CaseModels.modelKey(loaded))) {
                continue;
            }
            loaded.plugin()
                    .demo()
                    .samples()
                    .forEach(sample -> runs.add("%s/api/cases/%s/samples/%s/run"
                            .formatted(base, encode(loaded.caseId()), encode(sample.id()))));
        }
        return runs;
    }

    private void renderPages(HttpClient http, String base) {
        List<String> pages = new ArrayList<>(List.of(base + "/"));
        plugins.cases().forEach(c -> pages.add(base + "/cases/" + encode(c.caseId())));
        for (String page : pages) {
            send(http, HttpRequest.newBuilder(URI.create(page)).GET());
        }
    }

    private void drive(HttpClient http, List<String> runs, int first, long until) {
        for (int i = first; System.nanoTime() < until; i++) {
            String run = runs.get(i % runs.size());
            int status = send(http, HttpRequest.newBuilder(URI.create(run)).POST(HttpRequest.BodyPublishers.noBody()));
            if (status == 200) {
                answered.incrementAndGet();
            } else if (status < 0) {
                // The portal is not answering its own loopback (a stop under way): readiness should not wait on it.
                return;
            }
        }
    }

    private int send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(
                            request.header(WarmUpToken.HEADER, token.value())
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            log.debug("Warm-up request {} failed", request, e);
            return -1;
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
