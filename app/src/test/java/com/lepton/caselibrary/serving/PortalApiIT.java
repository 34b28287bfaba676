package com.lepton.caselibrary.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import com.lepton.caselibrary.SharedPortal;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.catalog.CatalogService;
import com.lepton.caselibrary.demo.DemoExplanations;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.demo.Explanation;
import com.lepton.caselibrary.inference.InferenceException;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceResult;
import com.lepton.caselibrary.inference.ModelSignature;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.inference.TensorData;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.pluginhost.PluginState;
import com.lepton.caselibrary.rest.ApiSnippets;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's programmatic faces: the REST API of the case library and its demos, and the
 * pool on the Open Inference Protocol, used by the protocol client and by a second
 * routing of demos that treats this running portal as its remote pool: the same answers as the
 * local pool, fallback while the remote side is down, recovery when it returns, and the export
 * of the loaded models as a Triton model repository.
 */
class PortalApiIT extends SharedPortal {

    private static final String CASE = "manufacturing-sorting";

    @LocalServerPort
    int port;

    @Autowired
    InferencePool pool;

    @Autowired
    PluginHost plugins;

    @Autowired
    TritonRepository triton;

    @Autowired
    DemoService demos;

    @Autowired
    DemoExplanations explanations;

    @Autowired
    CatalogService catalog;

    private HttpServer proxy;

    @AfterEach
    void stopProxy() {
        if (proxy != null) {
            proxy.stop(0);
        }
    }

    @Test
    void theRestApiListsCasesAndRunsSamplesTextsAndSeries() throws IOException {
        assertThat(send("GET", "/api/cases", null).body()).contains("\"id\":\"" + CASE + "\"", "\"live\":true");
        assertThat(send("GET", "/api/cases?q=fashion", null).body())
                .contains(CASE)
                .doesNotContain("finance-message-risk");

        HttpResponse<String> sample = send("POST", "/api/cases/" + CASE + "/samples/sneaker/run", null);
        assertThat(sample.statusCode()).isEqualTo(200);
        assertThat(sample.body()).contains("\"succeeded\":true", "\"key\":\"sneaker\"", "\"modelVersion\"");

        HttpResponse<String> text = send(
                "POST",
                "/api/cases/finance-message-risk/run",
                "{\"text\":\"URGENT! You have won a FREE prize. Click here now to claim your cash reward!!!\"}");
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.body()).contains("\"succeeded\":true", "\"scores\"");

        HttpResponse<String> badSeries =
                send("POST", "/api/cases/technology-energy-forecast/run", "{\"series\":\"12.5\\nnot a number\"}");
        assertThat(badSeries.statusCode()).isEqualTo(400);
        assertThat(badSeries.body()).contains("\"succeeded\":false", "Line 2 is not a number");
        HttpResponse<String> badSeriesZh =
                send("POST", "/api/cases/technology-energy-forecast/run", "{\"series\":\"\"}", "zh-CN");
        assertThat(badSeriesZh.statusCode()).isEqualTo(400);
        assertThat(badSeriesZh.body()).containsPattern("\\p{IsHan}");

        // A forecast comes with its band from the model card's held-out errors; a classification has none.
        String forecastSample = plugins.find("technology-energy-forecast")
                .orElseThrow()
                .plugin()
                .demo()
                .samples()
                .getFirst()
                .id();
        HttpResponse<String> forecast =
                send("POST", "/api/cases/technology-energy-forecast/samples/" + forecastSample + "/run", null);
        assertThat(forecast.statusCode()).isEqualTo(200);
        JsonNode answer = JsonMapper.builder().build().readTree(forecast.body());
        // The forecast is the model's float32, written with a float's digits (FloatDigits): read back as a float it is
        // the value the band was built around.
        double next = answer.path("result").path("forecast").get(0).floatValue();
        JsonNode band = answer.path("forecastBand");
        assertThat(band.path("coverage").asDouble()).isEqualTo(0.9);
        assertThat(band.path("lower").get(0).asDouble())
                .isEqualTo(next + band.path("lowerError").asDouble(), Offset.offset(1e-9))
                .isLessThan(next);
        assertThat(band.path("upper").get(0).asDouble())
                .isEqualTo(next + band.path("upperError").asDouble(), Offset.offset(1e-9))
                .isGreaterThan(next);
        assertThat((double) band.path("within").asInt()
                        / band.path("heldOutErrors").asInt())
                .isGreaterThanOrEqualTo(0.9);
        assertThat(text.body()).doesNotContain("forecastBand");

        assertThat(send("POST", "/api/cases/no-such-case/samples/x/run", null).statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/api/cases/" + CASE + "/samples/no-such-sample/run", null)
                        .body())
                .contains("no sample");
    }

    /** A known path with the wrong method or content type is answered 405 or 415, and a run finds its handler. */
    @Test
    void aRunPathWithTheWrongMethodOrContentTypeIsRefusedAsBefore() throws Exception {
        assertThat(status("GET", "/api/cases/" + CASE + "/samples/sneaker/run", null))
                .isEqualTo(405);
        assertThat(status("DELETE", "/api/cases/" + CASE, null)).isEqualTo(405);
        HttpRequest plainText = HttpRequest.newBuilder(URI.create(base() + "/api/cases/" + CASE + "/run"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .header("Content-Type", "text/plain")
                .build();
        assertThat(HttpClient.newHttpClient()
                        .send(plainText, HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(415);
        assertThat(status("POST", "/api/cases/" + CASE + "/samples/sneaker/run", null))
                .isEqualTo(200);
    }

    /** A batch of posts (plugin-api 1.3.0): a risk signal over HTTP, a shipped batch as a sample, the limits refused. */
    @Test
    void theRestApiTurnsABatchOfPostsIntoARiskSignal() throws IOException {
        String reviews = "finance-review-risk";
        assertThat(send("GET", "/api/cases/" + reviews, null).body()).contains("\"batchSamples\":[\"batch-calm\"");
        HttpResponse<String> batch = send(
                "POST",
                "/api/cases/" + reviews + "/batch",
                "{\"text\":\"Delicious and fresh, my kids love it!\\nArrived stale and crushed, a waste of money."
                        + "\\nTerrible taste, I threw it away.\\nWorst coffee ever, never again.\"}");
        assertThat(batch.statusCode()).isEqualTo(200);
        JsonNode signal = JsonMapper.builder().build().readTree(batch.body()).path("riskSignal");
        assertThat(signal.path("posts").asInt()).isEqualTo(4);
        assertThat(signal.path("flagged").asInt()).isBetween(2, 4);
        assertThat(signal.path("share").asDouble())
                .isEqualTo(signal.path("flagged").asInt() / 4.0);
        assertThat(signal.path("warning").asBoolean()).isTrue();

        HttpResponse<String> shipped = send("POST", "/api/cases/" + reviews + "/samples/batch-souring/run", null);
        assertThat(shipped.statusCode()).isEqualTo(200);
        assertThat(shipped.body()).contains("\"riskSignal\"", "\"warning\":true");

        HttpResponse<String> tooMany = send(
                "POST", "/api/cases/" + reviews + "/batch", "{\"text\":\"" + "great\\n".repeat(201) + "\"}", "zh-CN");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("201", "200").containsPattern("\\p{IsHan}");
        assertThat(send("POST", "/api/cases/finance-message-risk/batch", "{\"text\":\"hello\"}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void explainsAMessageByTheWordsThatArguedForItsClass() {
        LoadedCase loaded = plugins.find("finance-message-risk").orElseThrow();
        String text = "URGENT! Your bank account is suspended. Verify your password now to claim your refund";
        var explained = explanations.explain(loaded, Requester.of("explain"), new DemoInput.Text(text));
        assertThat(explained.explanation()).isInstanceOfSatisfying(Explanation.Words.class, words -> {
            assertThat(words.classKey()).isEqualTo("spam");
            assertThat(words.words()).hasSize(text.split(" ").length);
            var strongest = words.words().stream()
                    .max(Comparator.comparingDouble(w -> w.influence()))
                    .orElseThrow();
            assertThat(strongest.influence()).isPositive();
            System.out.printf("strongest word for spam: %s (%.2f log-odds)%n", strongest.word(), strongest.influence());
        });
        var series = explanations.explain(
                plugins.find("technology-energy-forecast").orElseThrow(),
                Requester.of("explain"),
                new DemoInput.Series(new double[] {1, 2, 3}));
        assertThat(series.explanation()).isNull();
        assertThat(series.messageKey()).isEqualTo("demo.explain.unsupported");
    }

    @Test
    void explainsADiagnosisByTheMeasurementsThatArguedForIt() {
        LoadedCase loaded = plugins.find("healthcare-breast-cancer-diagnosis").orElseThrow();
        double[] malignant = Arrays.stream(
                        new String(loaded.resource("samples/malignant-1.csv").orElseThrow(), StandardCharsets.UTF_8)
                                .strip()
                                .split("[,\\s]+"))
                .mapToDouble(Double::parseDouble)
                .toArray();

        var explained = explanations.explain(loaded, Requester.of("explain"), new DemoInput.Series(malignant));

        assertThat(explained.explanation()).isInstanceOfSatisfying(Explanation.Features.class, features -> {
            assertThat(features.classKey()).isEqualTo("malignant");
            assertThat(features.features()).hasSize(30);
            assertThat(features.features().getFirst().value()).isEqualTo(malignant[0]);
            var strongest = features.features().stream()
                    .max(Comparator.comparingDouble(feature -> Math.abs(feature.influence())))
                    .orElseThrow();
            // A malignant aspirate is malignant because of values far from the typical: the strongest argues for it.
            assertThat(strongest.influence()).isPositive();
            assertThat(strongest.value()).isNotEqualTo(strongest.reference());
            System.out.printf(
                    "strongest measurement for malignant: %s = %s, typical %s (%.2f log-odds)%n",
                    strongest.label().en(), strongest.value(), strongest.reference(), strongest.influence());
        });
    }

    @Test
    void theRestApiRefusesAnUploadThatIsNotAnImage() throws IOException {
        String boundary = "----lepton";
        String multipart =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"x.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n<?php system($_GET['c']); ?>\r\n--" + boundary + "--\r\n";
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base() + "/api/cases/" + CASE + "/run"))
                                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                    .POST(HttpRequest.BodyPublishers.ofString(multipart))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("not a PNG or JPEG");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theCodeSnippetsOfEveryKindOfCaseRunAsPrinted() throws Exception {
        for (String caseId : List.of(CASE, "finance-message-risk", "technology-energy-forecast")) {
            LoadedCase loaded = plugins.find(caseId).orElseThrow();
            DemoSample sample = loaded.plugin().demo().samples().get(0);
            String file = sample.resourcePath().substring(sample.resourcePath().lastIndexOf('/') + 1);
            Path folder = Files.createTempDirectory("snippets");
            Files.write(
                    folder.resolve(file), loaded.resource(sample.resourcePath()).orElseThrow());
            String curl =
                    ApiSnippets.curl(base(), caseId, loaded.plugin().demo().inputKind(), sample.id(), file);
            String output = execute(folder, "bash", "-c", curl);
            assertThat(output.lines()
                            .filter(line -> line.contains("\"succeeded\":true"))
                            .count())
                    .as(caseId + ":\n" + curl + "\n" + output)
                    .isEqualTo(2);

            Files.writeString(folder.resolve("Demo.java"), ApiSnippets.java(base(), caseId, sample.id()));
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            assertThat(execute(folder, java, "Demo.java"))
                    .as(caseId + " Java snippet")
                    .startsWith("200 ")
                    .contains("\"succeeded\":true");
        }
        String openApi = send("GET", "/v3/api-docs", null).body();
        assertThat(openApi)
                .contains(
                        "/api/cases/{caseId}/samples/{sampleId}/run",
                        "/v2/models/{name}/infer",
                        "Lepton Case Library API");
        assertThat(send("GET", "/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }

    private static String execute(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @Test
    void describesTheLoadedModelsAndTheirReadiness() throws IOException {
        OpenInferenceClient client = client(URI.create(base()));
        assertThat(client.isReady()).isTrue();
        ModelSignature signature = client.metadata(CASE);
        assertThat(signature.inputs()).singleElement().satisfies(input -> {
            assertThat(input.datatype()).isEqualTo("FP32");
            assertThat(input.shape()).containsExactly(-1, 28, 28, 1);
        });
        assertThat(status("GET", "/v2/models/" + CASE + "/ready", null)).isEqualTo(200);
        assertThat(status("GET", "/v2/models/no-such-model/ready", null)).isEqualTo(404);
        assertThat(status("GET", "/v2/models/" + CASE + "/versions/999/ready", null))
                .isEqualTo(404);
        assertThat(send("GET", "/v2", null).body()).contains("\"name\":\"lepton-case-library\"");
    }

    @Test
    void answersRawTensorsLikeTheDemo() throws Exception {
        LoadedCase loaded = plugins.find(CASE).orElseThrow();
        DemoInput sneaker = sample(loaded, "sneaker");
        TensorData input = tensor(
                loaded,
                sneaker,
                pool.signature(CASE).orElseThrow().inputs().get(0).name());
        DemoResult.Classification local =
                (DemoResult.Classification) pool.predict(CASE, "it", sneaker).result();

        List<TensorData> outputs = client(URI.create(base())).infer(CASE, List.of(input));

        assertThat(outputs).singleElement().satisfies(output -> {
            assertThat(output.shape()).containsExactly(1, 10);
            double[] expected = local.scores().stream()
                    .mapToDouble(score -> score.probability())
                    .toArray();
            assertThat(output.data()).containsExactly(expected, Offset.offset(1e-5));
        });
    }

    @Test
    void refusesMalformedRequestsWithTheProtocolsErrorBody() throws Exception {
        String infer = "/v2/models/" + CASE + "/infer";
        HttpResponse<String> wrongShape = send(
                "POST",
                infer,
                "{\"inputs\":[{\"name\":\"" + inputName()
                        + "\",\"shape\":[1,3],\"datatype\":\"FP32\",\"data\":[1,2,3]}]}");
        assertThat(wrongShape.statusCode()).isEqualTo(400);
        assertThat(wrongShape.body()).startsWith("{\"error\":").contains("shape");

        HttpResponse<String> notJson = send("POST", infer, "<html>");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).startsWith("{\"error\":");

        assertThat(send("POST", infer, "{\"inputs\":[]}").statusCode()).isEqualTo(400);
        assertThat(send("POST", infer, "x".repeat(1_000_001)).statusCode()).isEqualTo(413);
        assertThat(send("POST", "/v2/models/../../etc/passwd/infer", "{}").statusCode())
                .isIn(400, 404);
        assertThat(send("POST", "/v2/models/no-such-model/infer", "{}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aPortalUsesAnotherAsItsRemotePoolFallsBackWhileItIsDownAndRecovers() throws Exception {
        LoadedCase loaded = plugins.find(CASE).orElseThrow();
        DemoInput sneaker = sample(loaded, "sneaker");
        AtomicBoolean down = new AtomicBoolean();
        URI remote = startProxy(down);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        RoutedInference routed = new RoutedInference(
                pool,
                new ServingProperties(
                        0, new ServingProperties.Remote(remote, true, Duration.ofSeconds(10), Duration.ofMillis(300))),
                meters);

        InferenceResult viaRemote = routed.predict(CASE, loaded.plugin().adapter(), Requester.of("it"), sneaker);
        assertThat(((DemoResult.Classification) viaRemote.result()).top().key()).isEqualTo("sneaker");
        assertThat(meters.counter("lepton.inference.remote", "outcome", "remote")
                        .count())
                .isEqualTo(1);

        down.set(true);
        InferenceResult whileDown = routed.predict(CASE, loaded.plugin().adapter(), Requester.of("it"), sneaker);
        assertThat(((DemoResult.Classification) whileDown.result()).top().key()).isEqualTo("sneaker");
        assertThat(meters.counter("lepton.inference.remote", "outcome", "fallback")
                        .count())
                .isEqualTo(1);
        assertThat(routed.usesRemote()).isFalse();

        RoutedInference strict = new RoutedInference(
                pool,
                new ServingProperties(
                        0, new ServingProperties.Remote(remote, false, Duration.ofSeconds(10), Duration.ofMillis(300))),
                meters);
        assertThatThrownBy(() -> strict.predict(CASE, loaded.plugin().adapter(), Requester.of("it"), sneaker))
                .isInstanceOfSatisfying(
                        InferenceException.class,
                        e -> assertThat(e.kind()).isEqualTo(InferenceException.Kind.UNAVAILABLE));

        down.set(false);
        Thread.sleep(400);
        routed.predict(CASE, loaded.plugin().adapter(), Requester.of("it"), sneaker);
        strict.predict(CASE, loaded.plugin().adapter(), Requester.of("it"), sneaker);
        assertThat(meters.counter("lepton.inference.remote", "outcome", "remote")
                        .count())
                .as("both recovered")
                .isEqualTo(3);
    }

    @Test
    void aDisabledPluginsModelDrainsAndUnloadsAndComesBackWhenEnabled() throws Exception {
        String ecg = "healthcare-ecg-diagnosis";
        LoadedCase loaded = plugins.find(ecg).orElseThrow();
        DemoSample sample = loaded.plugin().demo().samples().get(0);
        long workersBefore = pool.liveWorkers();
        // Visitors keep running the demo until it is taken away under them.
        ExecutorService clients = Executors.newFixedThreadPool(8);
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger visitors = new AtomicInteger();
        List<Future<String>> running = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            running.add(clients.submit(() -> {
                while (true) {
                    int visitor = visitors.incrementAndGet();
                    var outcome = demos.runSample(
                            loaded, new Requester("address-" + visitor, "session-" + visitor), sample.id());
                    if (!outcome.succeeded()) {
                        return outcome.messageKey();
                    }
                    answered.incrementAndGet();
                }
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (answered.get() < 50 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        int beforeDisable = answered.get();

        assertThat(plugins.disable(loaded.pluginId()).done()).isTrue();

        for (var visitor : running) {
            assertThat(visitor.get(60, TimeUnit.SECONDS))
                    .as("what a visitor is told")
                    .isIn("demo.error.withdrawn", "demo.error.unavailable");
        }
        clients.shutdown();
        assertThat(beforeDisable)
                .as("runs were flowing when the plugin was disabled")
                .isGreaterThanOrEqualTo(50);
        System.out.printf(
                "disable under load: %d runs answered before, %d in all; every visitor then told it was withdrawn%n",
                beforeDisable, answered.get());
        assertThat(pool.isLoaded(ecg)).isFalse();
        assertThat(pool.liveWorkers()).as("its worker threads ended").isLessThan(workersBefore);
        assertThat(plugins.find(ecg)).isEmpty();
        assertThat(catalog.find(ecg).map(entry -> entry.isLiveDemo()).orElse(false))
                .isFalse();
        assertThat(demos.runSample(loaded, Requester.of("late"), sample.id()).messageKey())
                .isEqualTo("demo.error.withdrawn");
        assertThat(status("GET", "/v2/models/" + ecg + "/ready", null)).isEqualTo(404);
        assertThat(plugins.installed())
                .filteredOn(p -> p.getPluginId().equals(loaded.pluginId()))
                .singleElement()
                .satisfies(p -> assertThat(p.getState()).isEqualTo(PluginState.DISABLED));

        assertThat(plugins.enable(loaded.pluginId()).done()).isTrue();
        LoadedCase again = plugins.find(ecg).orElseThrow();
        assertThat(pool.isLoaded(ecg)).isTrue();
        assertThat(pool.liveWorkers()).isEqualTo(workersBefore);
        assertThat(catalog.find(ecg).orElseThrow().isLiveDemo()).isTrue();
        assertThat(demos.runSample(again, Requester.of("back"), sample.id()).succeeded())
                .isTrue();
    }

    @Test
    void exportsTheLoadedModelsAsATritonRepository() throws IOException {
        Path repository = Files.createTempDirectory("triton");
        List<String> models = triton.export(repository);
        assertThat(models).contains(CASE).hasSameSizeAs(pool.loadedModels());
        for (String model : models) {
            String config = Files.readString(repository.resolve(model).resolve("config.pbtxt"));
            assertThat(config)
                    .contains("name: \"" + model + "\"", "platform: \"tensorflow_savedmodel\"", "dynamic_batching");
            assertThat(repository.resolve(model).resolve("1/model.savedmodel/saved_model.pb"))
                    .isRegularFile();
            assertThat(repository.resolve(model).resolve("1/model.savedmodel/variables/variables.index"))
                    .isRegularFile();
        }
        assertThat(Files.readString(repository.resolve(CASE).resolve("config.pbtxt")))
                .contains(
                        "name: \"" + inputName() + "\"", "data_type: TYPE_FP32", "dims: [ 28, 28, 1 ]", "dims: [ 10 ]");
    }

    private String inputName() {
        return pool.signature(CASE).orElseThrow().inputs().get(0).name();
    }

    /** A stand-in for the network between two portals: forwards to this one, or fails like a dead server. */
    private URI startProxy(AtomicBoolean down) throws IOException {
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        HttpClient http = HttpClient.newHttpClient();
        proxy.createContext("/", exchange -> {
            try (exchange) {
                if (down.get()) {
                    exchange.sendResponseHeaders(502, -1);
                    return;
                }
                byte[] body = exchange.getRequestBody().readAllBytes();
                HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(base() + exchange.getRequestURI()))
                        .method(
                                exchange.getRequestMethod(),
                                body.length == 0
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofByteArray(body))
                        .header("Content-Type", "application/json");
                HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(
                        answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        proxy.start();
        return URI.create("http://127.0.0.1:" + proxy.getAddress().getPort());
    }

    private static DemoInput sample(LoadedCase loaded, String id) throws IOException {
        DemoSample sample = loaded.plugin().demo().samples().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
        return new DemoInput.Image(ImageIO.read(
                new ByteArrayInputStream(loaded.resource(sample.resourcePath()).orElseThrow())));
    }

    private static TensorData tensor(LoadedCase loaded, DemoInput input, String name) throws Exception {
        try (NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            return TensorData.stack(List.of(TensorData.of(
                    name, loaded.plugin().adapter().toTensors(manager, input).get(0))));
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private OpenInferenceClient client(URI uri) {
        return new OpenInferenceClient(uri, Duration.ofSeconds(10));
    }

    private int status(String method, String path, String body) throws IOException {
        return send(method, path, body).statusCode();
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException {
        return send(method, path, body, "en");
    }

    private HttpResponse<String> send(String method, String path, String body, String language) throws IOException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body))
                    .header("Accept-Language", language)
                    .header("Content-Type", "application/json")
                    .build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
