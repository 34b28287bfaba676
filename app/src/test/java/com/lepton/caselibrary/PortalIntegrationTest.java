package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.lepton.caselibrary.account.AccountService;
import com.lepton.caselibrary.account.ApiTokens;
import com.lepton.caselibrary.account.Role;
import com.lepton.caselibrary.account.SignInThrottle;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.casepage.MetricNames;
import com.lepton.caselibrary.casepage.ModelCardReader;
import com.lepton.caselibrary.catalog.CaseEntry;
import com.lepton.caselibrary.catalog.CaseQuery;
import com.lepton.caselibrary.catalog.CatalogService;
import com.lepton.caselibrary.deck.Deck;
import com.lepton.caselibrary.deck.DeckItem;
import com.lepton.caselibrary.deck.DeckService;
import com.lepton.caselibrary.demo.ClassNames;
import com.lepton.caselibrary.demo.DemoInputs;
import com.lepton.caselibrary.demo.DemoOutcome;
import com.lepton.caselibrary.demo.DemoRun;
import com.lepton.caselibrary.demo.DemoRunRepository;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.demo.KeptInputs;
import com.lepton.caselibrary.demo.RunHistory;
import com.lepton.caselibrary.demo.SampleInputs;
import com.lepton.caselibrary.demorequest.DemoRequest;
import com.lepton.caselibrary.demorequest.DemoRequestForm;
import com.lepton.caselibrary.demorequest.DemoRequestService;
import com.lepton.caselibrary.finetune.ClientSets;
import com.lepton.caselibrary.finetune.FineTuneProperties;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.PrivateModels;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.inference.SampleTensors;
import com.lepton.caselibrary.pluginhost.InstalledPlugin;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.pluginhost.PluginOutcome;
import com.lepton.caselibrary.pluginhost.PluginState;
import com.lepton.caselibrary.search.SearchFacet;
import com.lepton.caselibrary.search.SearchHit;
import com.lepton.caselibrary.search.SearchRequest;
import com.lepton.caselibrary.search.SearchService;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;
import org.assertj.core.data.Offset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole portal on a real database: plugins loaded from the packaged manufacturing plugin jar
 * (bundled into the plugins folder at start) next to three broken archives, the catalog, a real
 * prediction through DJL's TensorFlow engine, and the pages answering over HTTP. Subclasses pick
 * the database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "lepton.embed.frame-ancestors=" + PortalIntegrationTest.PARTNER,
            "lepton.demo-requests.per-address-per-hour=3",
            "lepton.demo-requests.notify=consultants@lepton.example",
            "spring.mail.host=127.0.0.1",
            "spring.mail.properties.mail.smtp.connectiontimeout=5000",
            "spring.mail.properties.mail.smtp.timeout=5000"
        })
abstract class PortalIntegrationTest {

    static final String CASE = "manufacturing-sorting";

    /** The one other site allowed to frame the embeddable demos in these tests. */
    static final String PARTNER = "https://partner.example.com";

    @Autowired
    PluginHost plugins;

    @Autowired
    CatalogService catalog;

    @Autowired
    SearchService search;

    @Autowired
    DemoService demos;

    @Autowired
    DemoInputs inputs;

    @Autowired
    SampleInputs samples;

    @Autowired
    InferencePool pool;

    @Autowired
    DemoRunRepository runs;

    /** Runs are written in the background: a test flushes before it counts them. */
    @Autowired
    RunHistory history;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    DeckService decks;

    @Autowired
    Flyway flyway;

    @Autowired
    DemoRequestService demoRequests;

    @Autowired
    FineTuneProperties fineTuning;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ModelCardReader modelCards;

    @Autowired
    ClassNames classNames;

    @LocalServerPort
    int port;

    /** Where the portal sends the consultants' notices of demo requests. */
    static final MailCatcher SMTP = new MailCatcher();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    /** A data folder whose plugins folder already holds three archives that must be refused. */
    static Path dataFolderWithBrokenPlugins() {
        try {
            Path data = Files.createTempDirectory("lepton-it");
            Path pluginsFolder = Files.createDirectories(data.resolve("plugins"));
            Files.writeString(pluginsFolder.resolve("not-a-zip.jar"), "definitely not a zip");
            try (JarOutputStream jar =
                    new JarOutputStream(Files.newOutputStream(pluginsFolder.resolve("no-manifest.jar")))) {
                jar.putNextEntry(new ZipEntry("hello.txt"));
            }
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().putValue("Plugin-Id", "from-the-future");
            manifest.getMainAttributes().putValue("Plugin-Version", "1.0.0");
            manifest.getMainAttributes().putValue("Plugin-Requires", ">=9.0.0");
            try (OutputStream out = Files.newOutputStream(pluginsFolder.resolve("future.jar"));
                    JarOutputStream jar = new JarOutputStream(out, manifest)) {
                jar.putNextEntry(new ZipEntry("x.txt"));
            }
            // A zip-slip archive with an otherwise valid manifest: refused before PF4J unpacks anything.
            Manifest slipManifest = new Manifest();
            slipManifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            slipManifest.getMainAttributes().putValue("Plugin-Id", "zip-slip");
            slipManifest.getMainAttributes().putValue("Plugin-Version", "1.0.0");
            slipManifest.getMainAttributes().putValue("Plugin-Requires", ">=1.0.0");
            try (OutputStream out = Files.newOutputStream(pluginsFolder.resolve("slip.jar"));
                    JarOutputStream jar = new JarOutputStream(out, slipManifest)) {
                jar.putNextEntry(new ZipEntry("../../slipped-out.txt"));
                jar.write("written outside the plugins folder".getBytes(StandardCharsets.UTF_8));
            }
            return data;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void loadsTheBundledPluginAndRecordsItsChecksum() {
        Map<String, InstalledPlugin> registry =
                plugins.installed().stream().collect(Collectors.toMap(InstalledPlugin::getPluginId, plugin -> plugin));
        InstalledPlugin manufacturing = registry.get(CASE);
        assertThat(manufacturing.getState()).isEqualTo(PluginState.STARTED);
        assertThat(manufacturing.getVersion()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(manufacturing.getSha512()).matches("[0-9a-f]{128}");
    }

    @Test
    void refusesBrokenArchivesWithAReasonAndKeepsTheRest() {
        Map<String, InstalledPlugin> registry =
                plugins.installed().stream().collect(Collectors.toMap(InstalledPlugin::getPluginId, plugin -> plugin));
        assertThat(registry.get("archive:not-a-zip.jar").getFailureReason()).contains("not a valid jar");
        assertThat(registry.get("archive:no-manifest.jar").getFailureReason()).contains("no META-INF/MANIFEST.MF");
        assertThat(registry.get("from-the-future").getState()).isEqualTo(PluginState.FAILED);
        assertThat(registry.get("from-the-future").getFailureReason()).contains("requires plugin-api >=9.0.0");
        assertThat(registry.get("archive:slip.jar").getFailureReason()).contains("'..'");
        try (Stream<Path> everything = Files.walk(Path.of(System.getProperty("java.io.tmpdir")), 3)) {
            assertThat(everything
                            .filter(path -> path.getFileName().toString().equals("slipped-out.txt"))
                            .toList())
                    .as("nothing unpacked outside")
                    .isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(plugins.find(CASE)).isPresent();
    }

    @Test
    void catalogListsTheLiveCaseUnderManufacturingAndFindsItBySearch() {
        assertThat(catalog.byIndustry()).containsOnlyKeys(Industry.values());
        CaseEntry entry = catalog.find(CASE).orElseThrow();
        assertThat(entry.isLiveDemo()).isTrue();
        assertThat(entry.getIndustry()).isEqualTo(Industry.MANUFACTURING);
        assertThat(catalog.search(new CaseQuery("fashion", null, null, null)))
                .extracting(CaseEntry::getId)
                .contains(CASE);
        assertThat(catalog.search(new CaseQuery("分拣", Industry.MANUFACTURING, null, null)))
                .extracting(CaseEntry::getId)
                .contains(CASE);
        assertThat(catalog.search(new CaseQuery("", Industry.FINANCE, null, null)))
                .extracting(CaseEntry::getId)
                .doesNotContain(CASE);
    }

    /**
     * The search index follows the plugins: a case whose plugin is disabled at run time leaves the
     * live results (its packaged write-up stays findable as a write-up) and comes back when enabled;
     * over HTTP, bad queries are refused in the caller's language and markup stays text.
     */
    @Test
    void searchFollowsPluginsAtRunTimeAndRefusesBadQueries() throws Exception {
        String pluginId = "healthcare-ecg-diagnosis";
        Map<SearchFacet, String> live = Map.of(SearchFacet.KIND, "CASE", SearchFacet.DEMO, "LIVE");
        Map<SearchFacet, String> writeUp = Map.of(SearchFacet.KIND, "CASE", SearchFacet.DEMO, "WRITE_UP");
        Function<Map<SearchFacet, String>, List<String>> found =
                filters -> search.search(SearchRequest.of("heartbeat", filters, false)).hits().stream()
                        .map(SearchHit::path)
                        .toList();
        assertThat(found.apply(live)).contains("cases/" + pluginId);
        try {
            assertThat(plugins.disable(pluginId).done()).isTrue();
            assertThat(found.apply(live)).doesNotContain("cases/" + pluginId);
            assertThat(found.apply(writeUp)).contains("cases/" + pluginId);
        } finally {
            plugins.enable(pluginId);
        }
        assertThat(found.apply(live)).contains("cases/" + pluginId);
        assertThat(found.apply(writeUp)).doesNotContain("cases/" + pluginId);

        HttpClient http = client();
        HttpResponse<String> ok =
                get(http, "/api/search?q=" + URLEncoder.encode("<script>alert(1)</script> 心电", StandardCharsets.UTF_8));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).doesNotContain("<script").contains("\"facets\"");
        HttpResponse<String> tooLong = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=" + "x".repeat(201)))
                        .header("Accept-Language", "zh-CN")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("搜索词最多 200 个字符");
        HttpResponse<String> forged =
                get(http, "/api/search?q=x&industry=" + URLEncoder.encode("' OR 1=1", StandardCharsets.UTF_8));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("industry");
    }

    @Test
    void predictsTheCommittedSneakerSampleThroughDjl() {
        LoadedCase loaded = demos.liveCase(CASE).orElseThrow();
        history.flush();
        long before = runs.count();
        DemoOutcome outcome = demos.runSample(loaded, Requester.of("it"), "sneaker");
        assertThat(outcome.succeeded()).isTrue();
        DemoResult.Classification result = (DemoResult.Classification) outcome.result();
        assertThat(result.top().key()).isEqualTo("sneaker");
        assertThat(result.scores()).hasSize(10);
        assertThat(result.scores().stream()
                        .mapToDouble(score -> score.probability())
                        .sum())
                .isCloseTo(1.0, Offset.offset(1e-3));
        history.flush();
        assertThat(runs.count()).isEqualTo(before + 1);
        DemoRun answered = outcome.run();
        DemoRun written = runs.findById(outcome.runId()).orElseThrow();
        assertThat(written.getCreatedAt())
                .as("the record keeps the run's own time, read back as written")
                .isCloseTo(answered.getCreatedAt(), within(1, ChronoUnit.MILLIS));
        assertThat(written)
                .extracting(DemoRun::getSampleId, DemoRun::getQueueMs, DemoRun::getComputeMs, DemoRun::getTopClass)
                .containsExactly("sneaker", answered.getQueueMs(), answered.getComputeMs(), "sneaker");
        assertThat(demos.stats(CASE).runs()).isPositive();
    }

    /** The model card's confusion matrix names the classes as the demo result does, in either language. */
    @Test
    void theModelCardNamesItsClassesAsTheDemoResultDoes() {
        LoadedCase loaded = plugins.find(CASE).orElseThrow();
        List<String> keys = modelCards.read(loaded).orElseThrow().classLabels();
        Map<String, LocalizedText> names = classNames.of(loaded, keys);

        assertThat(keys).startsWith("tshirt-top", "trouser");
        assertThat(ClassNames.in(keys, names, Languages.ENGLISH))
                .hasSize(10)
                .startsWith("T-shirt/top", "Trouser")
                .doesNotContain("tshirt-top", "ankle-boot");
        assertThat(ClassNames.in(keys, names, Languages.CHINESE)).startsWith("T恤/上衣", "裤子");
    }

    /** The line-anomaly card's per-line metrics name the product type as the reader reads it, not by its key. */
    @Test
    void theModelCardNamesThePerGroupMetricsAsTheCaseNamesTheGroups() {
        LoadedCase loaded = plugins.find("manufacturing-line-anomaly").orElseThrow();
        Map<String, LocalizedText> names =
                classNames.of(loaded, modelCards.read(loaded).orElseThrow().classLabels());

        assertThat(MetricNames.metric("auroc.coat", names, Languages.CHINESE)).isEqualTo("AUROC · 外套");
        assertThat(MetricNames.metric("auroc.ankle-boot", names, Languages.ENGLISH))
                .isEqualTo("AUROC · Ankle boot");
        assertThat(MetricNames.metric("f1.anomaly", names, Languages.CHINESE)).isEqualTo("F1 · 异常");
    }

    @Test
    void everyBundledClassifierNamesEachClassOfItsModelCardInBothLanguages() {
        List<String> classifiers = new ArrayList<>();
        for (LoadedCase loaded : plugins.cases()) {
            List<String> keys =
                    modelCards.read(loaded).map(ModelCard::classLabels).orElse(List.of());
            if (keys.isEmpty()) {
                continue;
            }
            classifiers.add(loaded.caseId());
            Map<String, LocalizedText> names = classNames.of(loaded, keys);
            assertThat(names).as(loaded.caseId()).containsKeys(keys.toArray(String[]::new));
            assertThat(ClassNames.in(keys, names, Languages.ENGLISH))
                    .as(loaded.caseId())
                    .allSatisfy(name -> assertThat(name).isNotBlank());
            assertThat(ClassNames.in(keys, names, Languages.CHINESE))
                    .as(loaded.caseId())
                    .allSatisfy(name -> assertThat(name).containsPattern("\\p{IsHan}"));
        }
        assertThat(classifiers)
                .contains("manufacturing-line-anomaly", "technology-sensor-anomaly", "healthcare-disease-progression");
    }

    @Test
    void everyLiveCaseAnswersEachOfItsShippedSamples() {
        assertThat(plugins.cases())
                .extracting(LoadedCase::caseId)
                .contains(
                        CASE,
                        "finance-cheque-digits",
                        "finance-market-risk",
                        "finance-message-risk",
                        "healthcare-ecg-diagnosis",
                        "technology-energy-forecast",
                        "technology-co2-monitoring");
        for (LoadedCase loaded : plugins.cases()) {
            assertThat(demos.liveCase(loaded.caseId()))
                    .as(loaded.caseId() + " is live")
                    .isPresent();
            for (var sample : loaded.plugin().demo().samples()) {
                DemoOutcome outcome = demos.runSample(loaded, Requester.of("it-" + loaded.caseId()), sample.id());
                assertThat(outcome.succeeded())
                        .as(loaded.caseId() + "/" + sample.id())
                        .isTrue();
                if (outcome.result() instanceof DemoResult.Classification classification
                        && !sample.expected().isEmpty()) {
                    assertThat(classification.top().key())
                            .as(loaded.caseId() + "/" + sample.id())
                            .isEqualTo(sample.expected());
                }
                if (outcome.result() instanceof DemoResult.Forecast forecast) {
                    assertThat(forecast.forecast()).isNotEmpty();
                    assertThat(Arrays.stream(forecast.forecast()).allMatch(Double::isFinite))
                            .isTrue();
                }
            }
        }
    }

    /**
     * Shipped samples are decoded once per loaded plugin: each one held in memory is the same input
     * as a fresh decode of the plugin's file, gives the same answer through the pool, and is handed
     * out as a copy, so a run that draws on it cannot change the next one's.
     */
    @Test
    void cachedSamplesAreTheSameInputsAndGiveTheSameAnswersAsFreshlyDecodedOnes() throws Exception {
        int compared = 0;
        for (LoadedCase loaded : plugins.cases()) {
            for (var sample : loaded.plugin().demo().samples()) {
                String what = loaded.caseId() + "/" + sample.id();
                DemoInput cached = inputs.sampleInput(loaded, sample);
                DemoInput again = inputs.sampleInput(loaded, sample);
                DemoInput fresh = inputs.decodeSample(loaded, sample);
                assertSameInput(what, cached, fresh);
                assertSameInput(what + " (held)", again, fresh);
                if (cached instanceof DemoInput.Image image) {
                    image.image().setRGB(0, 0, 0x123456);
                    assertSameInput(what + " after a run drew on its copy", inputs.sampleInput(loaded, sample), fresh);
                }
                assertSameAnswer(
                        what,
                        pool.predict(loaded.caseId(), "cache-test", cached).result(),
                        pool.predict(loaded.caseId(), "cache-test", fresh).result());
                compared++;
            }
            assertThat(samples.versionsHeld(loaded.pluginId()))
                    .as("held for the live version only")
                    .containsExactly(loaded.pluginVersion());
        }
        assertThat(compared).isGreaterThanOrEqualTo(40);
    }

    /**
     * A shipped sample is turned into tensors once: its first run keeps what the plugin's own adapter makes, bit for
     * bit, and later runs feed that to the model and answer as the adapter's path does, for every sample of every
     * live case.
     */
    @Test
    void keptSampleTensorsAreTheAdaptersOwnAndGiveTheSameAnswers() throws Exception {
        int compared = 0;
        for (LoadedCase loaded : plugins.cases()) {
            Requester visitor = Requester.of("tensors-" + loaded.caseId());
            for (var sample : loaded.plugin().demo().samples()) {
                String what = loaded.caseId() + "/" + sample.id();
                DemoInput fresh = inputs.decodeSample(loaded, sample);
                DemoResult uncached =
                        pool.predict(loaded.caseId(), "tensors-ref", fresh).result();

                DemoOutcome first = demos.runSample(loaded, visitor, sample.id());
                SampleTensors kept = inputs.sample(loaded, sample).tensors();
                assertThat(kept.isKept()).as(what + ": kept by its first run").isTrue();
                DemoOutcome second = demos.runSample(loaded, visitor, sample.id());
                assertThat(inputs.sample(loaded, sample).tensors()).as(what).isSameAs(kept);

                try (NDManager manager = NDManager.newBaseManager("TensorFlow")) {
                    assertThat(kept.holds(loaded.plugin().adapter().toTensors(manager, fresh)))
                            .as(what + ": the adapter's tensors, bit for bit")
                            .isTrue();
                }
                assertThat(first.succeeded() && second.succeeded()).as(what).isTrue();
                assertSameAnswer(what + " (first run)", first.result(), uncached);
                assertSameAnswer(what + " (from kept tensors)", second.result(), uncached);
                compared++;
            }
            assertThat(samples.versionsWithTensors(loaded.pluginId()))
                    .as("kept for the live version only")
                    .containsExactly(loaded.pluginVersion());
        }
        assertThat(compared).isGreaterThanOrEqualTo(40);
    }

    private static void assertSameInput(String what, DemoInput actual, DemoInput expected) {
        switch (expected) {
            case DemoInput.Image image -> {
                var a = ((DemoInput.Image) actual).image();
                var e = image.image();
                assertThat(a).as(what).isNotSameAs(e);
                assertThat(new int[] {a.getWidth(), a.getHeight()})
                        .as(what)
                        .containsExactly(e.getWidth(), e.getHeight());
                assertThat(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()))
                        .as(what + " pixels")
                        .isEqualTo(e.getRGB(0, 0, e.getWidth(), e.getHeight(), null, 0, e.getWidth()));
            }
            case DemoInput.Series series ->
                assertThat(((DemoInput.Series) actual).values()).as(what).isEqualTo(series.values());
            case DemoInput.Text text ->
                assertThat(((DemoInput.Text) actual).text()).as(what).isEqualTo(text.text());
        }
    }

    private static void assertSameAnswer(String what, DemoResult actual, DemoResult expected) {
        assertThat(actual).as(what).hasSameClassAs(expected);
        switch (expected) {
            case DemoResult.Classification e -> {
                var a = (DemoResult.Classification) actual;
                assertThat(a.top().key()).as(what).isEqualTo(e.top().key());
                for (int i = 0; i < e.scores().size(); i++) {
                    assertClose(
                            what,
                            a.scores().get(i).probability(),
                            e.scores().get(i).probability());
                }
            }
            case DemoResult.Forecast e -> assertClose(what, ((DemoResult.Forecast) actual).forecast(), e.forecast());
            case DemoResult.Anomalies e -> assertClose(what, ((DemoResult.Anomalies) actual).scores(), e.scores());
            case DemoResult.RiskSignal e ->
                assertClose(what, ((DemoResult.RiskSignal) actual).warningShare(), e.warningShare());
        }
    }

    private static void assertClose(String what, double[] actual, double[] expected) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertClose(what + " [" + i + "]", actual[i], expected[i]);
        }
    }

    /**
     * The inputs are equal pixel for pixel; two runs of one input may still differ in float32's last
     * digits (TensorFlow's threads add in varying order: up to 1.4e-4 of an anomaly score seen).
     */
    private static void assertClose(String what, double actual, double expected) {
        assertThat(Math.abs(actual - expected))
                .as(what + ": " + actual + " against " + expected)
                .isLessThanOrEqualTo(1e-4 + 1e-3 * Math.abs(expected));
    }

    @Test
    void refusesAnUploadThatIsNotAnImageAndRecordsNoSuccess() {
        LoadedCase loaded = demos.liveCase(CASE).orElseThrow();
        history.flush();
        long successes = runs.findAll().stream()
                .filter(run -> run.getOutcome() == DemoRun.Outcome.SUCCESS)
                .count();
        DemoOutcome outcome = demos.runUpload(loaded, Requester.of("it"), "<?php echo 'not an image'; ?>".getBytes());
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.messageKey()).isEqualTo("demo.error.notimage");
        history.flush();
        assertThat(runs.findAll().stream()
                        .filter(run -> run.getOutcome() == DemoRun.Outcome.SUCCESS)
                        .count())
                .isEqualTo(successes);
    }

    @Test
    void servesThePagesAndHealth() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/", "/cases", "/cases/" + CASE, "/industries/manufacturing"}) {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"UP\"");
    }

    /** A browser-like HTTP client: keeps its session cookie, does not follow redirects. */
    private HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(HttpClient http, String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A new account of {@code role} whose one-time password is already replaced, signed in. */
    private HttpClient signedIn(Role role) throws Exception {
        String name = role.name().toLowerCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        String password = "matrix-password-" + UUID.randomUUID();
        accounts.changePassword(name, accounts.create(name, role), password);
        HttpClient http = client();
        // Redirects are relative: the Host header never makes it into one.
        assertThat(signIn(http, name, password).headers().firstValue("Location"))
                .hasValue("/");
        return http;
    }

    /**
     * Every route and endpoint, for every role: allowed ones answer, refused ones redirect to the
     * sign-in page (anonymous), answer 401/403, or (a view for another role) show no data of it.
     */
    @Test
    void authorisationMatrix() throws Exception {
        Map<String, HttpClient> roles = new LinkedHashMap<>();
        roles.put("anonymous", client());
        roles.put("consultant", signedIn(Role.CONSULTANT));
        roles.put("partner", signedIn(Role.PARTNER));
        roles.put("admin", signedIn(Role.ADMIN));
        String sample = plugins.find(CASE)
                .orElseThrow()
                .plugin()
                .demo()
                .samples()
                .getFirst()
                .id();
        List<String> report = new ArrayList<>();
        for (Map.Entry<String, HttpClient> role : roles.entrySet()) {
            String who = role.getKey();
            HttpClient http = role.getValue();
            boolean anonymous = who.equals("anonymous");
            boolean admin = who.equals("admin");
            for (String path : List.of(
                    "/",
                    "/cases",
                    "/cases/" + CASE,
                    "/industries/finance",
                    "/compare?cases=" + CASE,
                    "/solutions",
                    "/solutions/visual-quality-inspection",
                    "/search?q=fashion&industry=MANUFACTURING",
                    "/embed/cases/" + CASE,
                    "/login",
                    "/api/cases",
                    "/api/search?q=fashion",
                    "/api/cases/" + CASE,
                    "/v2",
                    "/v2/models/" + CASE,
                    "/v3/api-docs",
                    "/actuator/health")) {
                HttpResponse<String> response = get(http, path);
                report.add(who + " GET " + path + " " + response.statusCode());
                assertThat(response.statusCode()).as(who + " " + path).isEqualTo(200);
            }
            // Signed-in users get the page shell of any view; Vaadin decides in the browser whether the view
            // itself may be shown (AuthorizationMatrixIT in e2e-tests checks that, role by role).
            for (String path : List.of("/account/password", "/admin/accounts", "/admin/operations", "/demo-requests")) {
                HttpResponse<String> response = get(http, path);
                report.add(who + " GET " + path + " " + response.statusCode());
                if (anonymous) {
                    assertThat(response.statusCode()).as(who + " " + path).isEqualTo(302);
                    assertThat(response.headers().firstValue("Location").orElse(""))
                            .as(who + " " + path)
                            .endsWith("/login");
                } else {
                    assertThat(response.statusCode()).as(who + " " + path).isEqualTo(200);
                }
            }
            for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/health/plugins")) {
                HttpResponse<String> response = get(http, path);
                report.add(who + " GET " + path + " " + response.statusCode());
                if (admin) {
                    assertThat(response.statusCode()).as(who + " " + path).isEqualTo(200);
                } else if (path.equals("/actuator/health/plugins")) {
                    // Health groups and components give status only, or nothing, to others.
                    assertThat(response.body()).as(who + " " + path).doesNotContain(CASE);
                } else {
                    assertThat(response.statusCode()).as(who + " " + path).isIn(401, 403);
                    assertThat(response.body()).as(who + " " + path).doesNotContain("lepton_inference");
                }
            }
            // The plugin administration API takes HTTP Basic or a token only: a browser session's cookie is not
            // enough, so a page on another site cannot make a signed-in browser call it.
            HttpResponse<String> adminApi = get(http, "/api/admin/plugins");
            report.add(who + " GET /api/admin/plugins (session cookie) " + adminApi.statusCode());
            assertThat(adminApi.statusCode()).as(who + " /api/admin/plugins").isEqualTo(401);
            HttpResponse<String> health = get(http, "/actuator/health");
            assertThat(health.body().contains("inferencePool"))
                    .as(who + " sees health details")
                    .isEqualTo(admin);
            HttpResponse<String> run = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://127.0.0.1:" + port + "/api/cases/" + CASE + "/samples/" + sample + "/run"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            report.add(who + " POST run " + run.statusCode());
            assertThat(run.statusCode()).as(who + " runs a demo").isEqualTo(200);
        }
        System.out.println("authorisation matrix:\n  " + String.join("\n  ", report));
    }

    /**
     * A signed-in browser (or a script that shares its cookie) that also calls the signed-in API with HTTP Basic or
     * a personal token stays signed in to the pages: the stateless API chains neither create nor renew a session.
     */
    @Test
    void apiCallsWithBasicOrATokenLeaveTheCallersBrowserSessionAlone() throws Exception {
        String name = "session-admin-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "session-password-" + UUID.randomUUID();
        accounts.changePassword(name, accounts.create(name, Role.ADMIN), password);
        String token = tokens.create(name, "script beside the browser").secret();
        HttpClient browser = client();
        assertThat(signIn(browser, name, password).headers().firstValue("Location"))
                .hasValue("/");
        for (String authorization : List.of(
                "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)),
                "Bearer " + token)) {
            HttpResponse<String> api = browser.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/plugins"))
                            .header("Authorization", authorization)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String scheme = authorization.substring(0, authorization.indexOf(' '));
            assertThat(api.statusCode()).as(scheme).isEqualTo(200);
            assertThat(api.headers().allValues("Set-Cookie"))
                    .as(scheme + ": the API call sets no session cookie")
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
            HttpResponse<String> page = get(browser, "/admin/operations");
            assertThat(page.statusCode())
                    .as(scheme + ": the browser is still signed in")
                    .isEqualTo(200);
        }
    }

    /**
     * A consultant retrains the product-sorting case on a client's set over REST: anonymous and partner callers
     * are refused, a second job waits for the first, another consultant cannot see or delete the job, a running
     * job is cancelled, a finished one has before/after figures on its held-out examples only, and deleting it
     * leaves neither row nor files.
     */
    @Test
    void consultantsFineTuneACaseOnAClientsSetOverRest() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String password = "tune-password-" + suffix;
        String consultant = "tune-consultant-" + suffix;
        String colleague = "tune-colleague-" + suffix;
        String partner = "tune-partner-" + suffix;
        accounts.changePassword(consultant, accounts.create(consultant, Role.CONSULTANT), password);
        accounts.changePassword(colleague, accounts.create(colleague, Role.CONSULTANT), password);
        accounts.changePassword(partner, accounts.create(partner, Role.PARTNER), password);
        FineTuneApi owner = new FineTuneApi(port, consultant, password, "en");
        FineTuneApi other = new FineTuneApi(port, colleague, password, "zh-CN");
        byte[] set = ClientSets.images(ClientSets.FASHION, 10);

        assertThat(new FineTuneApi(port, null, null, "en")
                        .start(CASE, set, 1, "x")
                        .status())
                .isEqualTo(401);
        assertThat(new FineTuneApi(port, partner, password, "en")
                        .start(CASE, set, 1, "x")
                        .status())
                .isEqualTo(403);
        FineTuneApi.Answer unknown = owner.start(CASE, ClientSets.images(List.of("shoes"), 5), 1, "x");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().path("refused").get(0).path("entry").asString())
                .startsWith("shoes/");
        assertThat(owner.start("no-such-case", set, 1, "x").status()).isEqualTo(404);

        FineTuneApi.Answer long_ = owner.start(CASE, set, 30, "Acme");
        assertThat(long_.status()).as(long_.body().toString()).isEqualTo(202);
        long running = long_.body().path("id").asLong();
        assertThat(long_.body().path("trainExamples").asInt()).isEqualTo(80);
        assertThat(long_.body().path("heldOutExamples").asInt()).isEqualTo(20);
        FineTuneApi.Answer second = owner.start(CASE, set, 1, "Acme");
        assertThat(second.status()).as("one job at a time").isEqualTo(409);
        assertThat(second.body().path("detail").asString()).contains("running already");
        assertThat(other.job(running).status()).isEqualTo(404);
        assertThat(other.remove(running).status()).isEqualTo(404);
        assertThat(owner.remove(running).status()).isIn(202, 204);
        FineTuneApi.Answer cancelled = owner.awaitEnd(running, 60);
        if (cancelled.status() == 200) {
            assertThat(cancelled.body().path("state").asString()).isIn("CANCELLED", "SUCCEEDED");
            assertThat(owner.remove(running).status()).isEqualTo(204);
        }

        FineTuneApi.Answer started = owner.start(CASE, set, 2, "Acme");
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        long id = started.body().path("id").asLong();
        FineTuneApi.Answer done = owner.awaitEnd(id, 120);
        assertThat(done.body().path("state").asString())
                .as(done.body().toString())
                .isEqualTo("SUCCEEDED");
        assertThat(done.body().path("losses").size()).isEqualTo(2);
        assertThat(done.body().path("validation").size()).isEqualTo(2);
        var outcome = done.body().path("outcome");
        assertThat(outcome.path("before").path("accuracy").isNumber()).isTrue();
        assertThat(outcome.path("after").path("accuracy").isNumber()).isTrue();
        int heldOut = 0;
        for (var row : outcome.path("confusionAfter")) {
            for (var cell : row) {
                heldOut += cell.asInt();
            }
        }
        assertThat(heldOut).as("figures on the held-out examples only").isEqualTo(20);
        Path model = fineTuning.directory().resolve(Long.toString(id));
        assertThat(model.resolve("saved_model.pb")).isRegularFile();

        clientModelIsTheOwnersOnly(id, owner, other, consultant, colleague, partner, password);
        String poolKey = PrivateModels.key("client-model-" + id);
        assertThat(pool.isLoaded(poolKey))
                .as("the client model is served by the pool")
                .isTrue();

        assertThat(other.remove(id).status()).isEqualTo(404);
        assertThat(owner.remove(id).status()).isEqualTo(204);
        assertThat(owner.job(id).status()).isEqualTo(404);
        assertThat(model).doesNotExist();
        assertThat(pool.isLoaded(poolKey)).as("the client model left the pool").isFalse();
        assertThat(owner.runSample(CASE, "sneaker", id).status())
                .as("a deleted client model is gone from the pool")
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from fine_tune_job where id = ?", Long.class, id))
                .as("no row of the job is left")
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from deck_item where client_model = ?", Long.class, id))
                .as("no slide names it any more")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from demo_run where model_version = ?", Long.class, "client-" + id))
                .as("runs of a client model are never written to the history")
                .isZero();
    }

    /**
     * The text case takes a CSV of texts and labels: a bad CSV is refused with its rows and reasons in the caller's
     * language (nothing stored), a zip is refused as not being UTF-8 text, and a good one trains to the end, is
     * served through the pool and runs the case's samples with {@code ?model=}.
     */
    @Test
    void consultantsFineTuneTheTextCaseOnAClientsCsvOverRest() throws Exception {
        String textCase = "finance-message-risk";
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String consultant = "csv-consultant-" + suffix;
        String password = "csv-password-" + suffix;
        accounts.changePassword(consultant, accounts.create(consultant, Role.CONSULTANT), password);
        FineTuneApi owner = new FineTuneApi(port, consultant, password, "en");
        FineTuneApi chinese = new FineTuneApi(port, consultant, password, "zh-CN");
        StringBuilder csv = new StringBuilder("text,label\n");
        for (int i = 0; i < 10; i++) {
            csv.append("\"Hi team, the invoice ").append(i).append(" for the spring order is attached, thanks\",ham\n");
            csv.append("\"URGENT: your account ").append(i).append(" is locked, verify now to claim $500\",spam\n");
        }
        long before = jdbc.queryForObject("select count(*) from fine_tune_job", Long.class);

        FineTuneApi.Answer formula =
                owner.startCsv(textCase, (csv + "=HYPERLINK(\"http://x\"),spam\n").getBytes(), 1, "x");
        assertThat(formula.status()).isEqualTo(422);
        assertThat(formula.body().path("detail").asString()).contains("1 rows were refused");
        assertThat(formula.body().path("refused").get(0).path("entry").asString())
                .isEqualTo("22");
        assertThat(formula.body().path("refused").get(0).path("reason").asString())
                .startsWith("row 22: a cell starts with =");
        FineTuneApi.Answer quoting = chinese.startCsv(textCase, "text,label\n\"open,ham\n".getBytes(), 1, "x");
        assertThat(quoting.status()).isEqualTo(422);
        assertThat(quoting.body().path("detail").asString()).contains("引号未闭合");
        FineTuneApi.Answer zip = owner.start(textCase, ClientSets.images(List.of("ham", "spam"), 5), 1, "x");
        assertThat(zip.status()).isEqualTo(422);
        assertThat(zip.body().path("detail").asString()).contains("not UTF-8");
        assertThat(jdbc.queryForObject("select count(*) from fine_tune_job", Long.class))
                .as("nothing stored for a refused set")
                .isEqualTo(before);

        FineTuneApi.Answer started =
                owner.startCsv(textCase, csv.toString().getBytes(StandardCharsets.UTF_8), 1, "Bank");
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        assertThat(started.body().path("trainExamples").asInt()).isEqualTo(16);
        assertThat(started.body().path("heldOutExamples").asInt()).isEqualTo(4);
        long id = started.body().path("id").asLong();
        FineTuneApi.Answer done = owner.awaitEnd(id, 120);
        assertThat(done.body().path("state").asString())
                .as(done.body().toString())
                .isEqualTo("SUCCEEDED");
        int heldOut = 0;
        for (var row : done.body().path("outcome").path("confusionAfter")) {
            for (var cell : row) {
                heldOut += cell.asInt();
            }
        }
        assertThat(heldOut).as("figures on the held-out rows only").isEqualTo(4);
        Path model = fineTuning.directory().resolve(Long.toString(id));
        assertThat(model.resolve("saved_model.pb")).isRegularFile();
        assertThat(model.resolve("vocab.txt")).isRegularFile();
        FineTuneApi.Answer run = owner.runSample(textCase, "loan-offer", id);
        assertThat(run.status()).as(run.body().toString()).isEqualTo(200);
        batchRunsTakeTheSameOwnershipRules(id, owner, suffix, password);
        assertThat(owner.remove(id).status()).isEqualTo(204);
        assertThat(model).doesNotExist();
    }

    /**
     * The CO₂ forecaster takes a client's monthly series (date,value CSV): refusals name their rows, a real series
     * trains to the end with the last fifth held out, the tuned model is served and runs the case's samples, and
     * deleting the job leaves nothing ({@link SeriesFineTuneScript}).
     */
    @Test
    void consultantsFineTuneTheForecasterOnAClientsSeriesOverRest() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String consultant = "series-consultant-" + suffix;
        String password = "series-password-" + suffix;
        accounts.changePassword(consultant, accounts.create(consultant, Role.CONSULTANT), password);
        SeriesFineTuneScript.run(new FineTuneApi(port, consultant, password, "en"), fineTuning.directory(), jdbc, pool);
    }

    /**
     * {@code ?model=} on the batch endpoint follows the single runs' rules: anonymous 401, partner 403, another
     * consultant 404, and a model of another case 404 (the only batch case, review risk, offers no fine-tuning, so
     * the owner's model of the message case is the wrong case there); without it the batch stays public.
     */
    private void batchRunsTakeTheSameOwnershipRules(long id, FineTuneApi owner, String suffix, String password)
            throws Exception {
        String batchCase = "finance-review-risk";
        String posts = "Great coffee, will buy again\nStale and late, never again";
        String partner = "batch-partner-" + suffix;
        String colleague = "batch-colleague-" + suffix;
        accounts.changePassword(partner, accounts.create(partner, Role.PARTNER), password);
        accounts.changePassword(colleague, accounts.create(colleague, Role.CONSULTANT), password);
        assertThat(new FineTuneApi(port, null, null, "en")
                        .runBatch(batchCase, posts, id)
                        .status())
                .isEqualTo(401);
        assertThat(new FineTuneApi(port, partner, password, "en")
                        .runBatch(batchCase, posts, id)
                        .status())
                .isEqualTo(403);
        assertThat(new FineTuneApi(port, colleague, password, "en")
                        .runBatch(batchCase, posts, id)
                        .status())
                .isEqualTo(404);
        FineTuneApi.Answer wrongCase = owner.runBatch(batchCase, posts, id);
        assertThat(wrongCase.status())
                .as("a client model answers for its own case only")
                .isEqualTo(404);
        assertThat(new FineTuneApi(port, null, null, "en")
                        .runBatch(batchCase, posts, null)
                        .status())
                .as("without ?model= the batch is public")
                .isEqualTo(200);
    }

    /**
     * The owner puts the client model on a slide and its share link runs it; another consultant's deck cannot take
     * it, and a slide cannot name it for another case.
     */
    private void clientModelRunsInTheOwnersDecksOnly(long id, String ownerName, String otherName) {
        var owner = new DeckService.User(ownerName, false);
        var other = new DeckService.User(otherName, false);
        long deckId = decks.create(owner, "Sorting on your photos", "Acme").getId();
        decks.addSlide(deckId, owner, CASE, "sneaker", "", id);
        long foreign = decks.create(other, "Borrowed", "Acme").getId();
        assertThatThrownBy(() -> decks.addSlide(foreign, other, CASE, "sneaker", "", id))
                .hasMessage("deck.error.client-model");
        assertThatThrownBy(() -> decks.addSlide(deckId, owner, "finance-cheque-digits", "digit-0", "", id))
                .hasMessage("deck.error.client-model");
        var shared = decks.shared(decks.share(deckId, owner)).orElseThrow();
        assertThat(decks.run(shared.getItems().getFirst(), Requester.of("share-viewer")))
                .isInstanceOfSatisfying(
                        DemoOutcome.Success.class,
                        success -> assertThat(success.modelVersion()).isEqualTo("client-" + id));
    }

    /**
     * A finished job's client model runs through the case's run endpoint for its owner and administrators only
     * (anonymous 401, partner 403, another consultant 404), never over the open protocol, and exports as a
     * SavedModel zip to its owner only.
     */
    private void clientModelIsTheOwnersOnly(
            long id,
            FineTuneApi owner,
            FineTuneApi other,
            String ownerName,
            String otherName,
            String partner,
            String password)
            throws Exception {
        FineTuneApi.Answer run = owner.runSample(CASE, "sneaker", id);
        assertThat(run.status()).as(run.body().toString()).isEqualTo(200);
        assertThat(run.body().path("modelVersion").asString()).isEqualTo("client-" + id);
        assertThat(run.body().path("result").path("scores").size()).isPositive();
        assertThat(new FineTuneApi(port, null, null, "en")
                        .runSample(CASE, "sneaker", id)
                        .status())
                .isEqualTo(401);
        assertThat(new FineTuneApi(port, partner, password, "en")
                        .runSample(CASE, "sneaker", id)
                        .status())
                .isEqualTo(403);
        FineTuneApi.Answer stranger = other.runSample(CASE, "sneaker", id);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.body().path("detail").asString()).contains("客户模型");
        assertThat(owner.runSample("finance-cheque-digits", "digit-0", id).status())
                .as("a client model answers for its own case only")
                .isIn(404);
        String admin = "tune-admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.changePassword(admin, accounts.create(admin, Role.ADMIN), password);
        assertThat(new FineTuneApi(port, admin, password, "en")
                        .runSample(CASE, "sneaker", id)
                        .status())
                .isEqualTo(200);
        assertThat(pool.loadedModels())
                .as("the open protocol and the Triton export never list a client model")
                .noneMatch(key -> key.contains("client-model"));
        var v2 = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                        + "/v2/models/"
                                        + PrivateModels.key("client-model-" + id)
                                        + "/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(v2.statusCode()).as("not served over the open protocol").isEqualTo(404);

        clientModelRunsInTheOwnersDecksOnly(id, ownerName, otherName);

        var zip = owner.export(id);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Disposition").orElse("")).contains("client-model-" + id);
        List<String> entries = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries)
                .contains("saved_model/saved_model.pb")
                .anyMatch(name -> name.startsWith("saved_model/variables/"));
        assertThat(other.export(id).statusCode()).isEqualTo(404);
    }

    /**
     * Plugins managed over REST as a build pipeline would: HTTP Basic or a personal API token, the plugins page's
     * rules (a partner sees and acts on their own uploads only; approving is for administrators), refusals as
     * problem bodies. The sensor case is taken out, uploaded again by a partner, approved, upgraded and rolled back.
     */
    @Test
    void pluginsAreManagedOverRestWithBasicOrAPersonalToken() throws Exception {
        String pluginId = "technology-sensor-anomaly";
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String password = "api-password-" + suffix;
        String admin = "api-admin-" + suffix;
        String partner = "api-partner-" + suffix;
        String consultant = "api-consultant-" + suffix;
        String newcomer = "api-newcomer-" + suffix;
        accounts.changePassword(admin, accounts.create(admin, Role.ADMIN), password);
        accounts.changePassword(partner, accounts.create(partner, Role.PARTNER), password);
        accounts.changePassword(consultant, accounts.create(consultant, Role.CONSULTANT), password);
        String oneTimePassword = accounts.create(newcomer, Role.PARTNER);
        AdminApi administrator = AdminApi.basic(port, admin, password);
        var partnersToken = tokens.create(partner, "CI of " + pluginId);
        AdminApi pipeline = AdminApi.token(port, partnersToken.secret());

        AdminApi.Answer anonymous = AdminApi.anonymous(port).list();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate").orElse(""))
                .contains("Basic");
        assertThat(anonymous.body().path("detail").asString()).contains("HTTP Basic");
        assertThat(AdminApi.basic(port, admin, "wrong").list().status()).isEqualTo(401);
        assertThat(AdminApi.basic(port, consultant, password).list().status()).isEqualTo(403);
        assertThat(AdminApi.basic(port, newcomer, oneTimePassword).list().status())
                .as("an account still on its one-time password")
                .isEqualTo(403);
        assertThatThrownBy(() -> tokens.create(newcomer, "CI")).hasMessage("token.error.password-first");
        AdminApi.Answer forged = AdminApi.token(port, "lct_" + "A".repeat(43)).list();
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.raw().headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");

        var sensor = onlyPlugin(administrator.list(), pluginId);
        assertThat(sensor.path("state").asString()).isEqualTo("STARTED");
        assertThat(sensor.path("actions").toString()).isEqualTo("[\"disable\"]");
        String original = sensor.path("version").asString();
        assertThat(pipeline.list().body().size())
                .as("a partner sees their own uploads only")
                .isZero();
        assertThat(pipeline.act(pluginId, "disable").status()).isEqualTo(404);
        assertThat(administrator.act(pluginId, "explode").status()).isEqualTo(400);
        assertThat(administrator.act("no-such-plugin", "disable").status()).isEqualTo(404);
        AdminApi.Answer notNow = administrator.act(pluginId, "enable");
        assertThat(notNow.status()).isEqualTo(409);
        assertThat(notNow.body().path("detail").asString()).contains("STARTED").contains("disable");

        assertThat(administrator.act(pluginId, "disable").body().path("state").asString())
                .isEqualTo("DISABLED");
        assertThat(catalog.find(pluginId)).map(CaseEntry::isLiveDemo).contains(false);
        assertThat(administrator.act(pluginId, "uninstall").status()).isEqualTo(204);
        assertThat(plugins.installed()).noneMatch(p -> p.getPluginId().equals(pluginId));

        byte[] jar = Files.readAllBytes(Path.of("target/classes/bundled-plugins/" + pluginId + ".jar"));
        AdminApi.Answer uploaded = pipeline.upload(jar);
        assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(202);
        assertThat(uploaded.body().path("id").asString()).isEqualTo(pluginId);
        var inReview = onlyPlugin(pipeline.list(), pluginId);
        assertThat(inReview.path("state").asString()).isEqualTo("IN_REVIEW");
        assertThat(inReview.path("actions").toString()).isEqualTo("[\"withdraw\"]");
        assertThat(pipeline.act(pluginId, "approve").status()).isEqualTo(403);
        assertThat(administrator.act(pluginId, "approve").body().path("state").asString())
                .isEqualTo("STARTED");
        assertThat(catalog.find(pluginId)).map(CaseEntry::isLiveDemo).contains(true);

        AdminApi.Answer upgrade = pipeline.upload(withVersion(jar, "9.1.0", false));
        assertThat(upgrade.status()).as(upgrade.raw().body()).isEqualTo(202);
        assertThat(upgrade.body().path("upgradeOf").asString()).isEqualTo(original);
        assertThat(administrator
                        .act(pluginId, "approve-upgrade")
                        .body()
                        .path("version")
                        .asString())
                .isEqualTo("9.1.0");
        assertThat(plugins.find(pluginId).orElseThrow().pluginVersion()).isEqualTo("9.1.0");
        assertThat(pipeline.act(pluginId, "rollback").body().path("version").asString())
                .isEqualTo(original);
        assertThat(plugins.find(pluginId).orElseThrow().pluginVersion()).isEqualTo(original);

        AdminApi.Answer refused = pipeline.upload("not a plugin".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("detail").asString()).startsWith("The archive was refused");
        assertThat(refused.raw().headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");

        tokens.revoke(partner, partnersToken.token().getId());
        assertThat(pipeline.list().status()).as("a revoked token").isEqualTo(401);
    }

    private static JsonNode onlyPlugin(AdminApi.Answer list, String pluginId) {
        assertThat(list.status()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        list.body().forEach(plugin -> {
            if (plugin.path("id").asString().equals(pluginId)) {
                found.add(plugin);
            }
        });
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    @Test
    void slowsDownAnAddressAfterFiveWrongPasswordsUntilAnAdministratorUnlocksIt() throws Exception {
        String name = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        String password = accounts.create(name, Role.CONSULTANT);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(client(), name, "wrong-" + attempt)
                            .headers()
                            .firstValue("Location")
                            .orElse(""))
                    .endsWith("/login?error");
        }
        // From this address the right password waits its turn too, and the answer is the same as for a wrong
        // one (other addresses are not affected: RedTeamIT).
        assertThat(signIn(client(), name, password)
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .endsWith("/login?error");
        assertThat(throttle.waitFor(name, "127.0.0.1")).isPresent();

        accounts.unlock(accounts.find(name).orElseThrow().getId());
        assertThat(signIn(client(), name, password)
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .endsWith("/");
    }

    @Test
    void hasAnAdministratorFromTheStartAndStoresOnlyPasswordHashes() throws Exception {
        assertThat(accounts.list())
                .anySatisfy(account -> assertThat(account.getRole()).isEqualTo(Role.ADMIN));
        String name = "hash-" + UUID.randomUUID().toString().substring(0, 8);
        String password = accounts.create(name, Role.PARTNER);
        assertThat(password).hasSize(20);
        assertThat(accounts.mustChangePassword(name)).isTrue();
        assertThat(accounts.loadUserByUsername(name).getPassword())
                .startsWith("{argon2}")
                .doesNotContain(password);
        assertThatThrownBy(() -> accounts.changePassword(name, password, "short"))
                .hasMessageContaining("too-short");
        assertThatThrownBy(() -> accounts.changePassword(name, "not-it", "a-long-enough-password"))
                .hasMessageContaining("current-password-wrong");
        assertThatThrownBy(() -> accounts.changePassword(name, password, "x" + name + "-long-password"))
                .hasMessageContaining("weak");
        assertThatThrownBy(() -> accounts.create(name.toUpperCase(Locale.ROOT), Role.ADMIN))
                .hasMessageContaining("taken");
        assertThatThrownBy(() -> accounts.create("<script>", Role.ADMIN)).hasMessageContaining("username-invalid");
        accounts.changePassword(name, password, "a-long-enough-password");
        assertThat(accounts.mustChangePassword(name)).isFalse();
    }

    @Test
    void sendsSecurityHeadersOnPagesAndApi() throws Exception {
        for (String path :
                new String[] {"/", "/cases/" + CASE, "/api/cases", "/solutions", "/search?q=x", "/login", "/embed"}) {
            HttpResponse<String> response = get(client(), path);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("object-src 'none'")
                            .contains("frame-ancestors 'self'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(path)
                    .hasValue("SAMEORIGIN");
        }
    }

    /** Only the embeddable demo may be framed by the configured partner; it keeps the rest of the policy. */
    @Test
    void letsOnlyTheConfiguredOriginFrameTheEmbeddableDemo() throws Exception {
        HttpResponse<String> embed = get(client(), "/embed/cases/" + CASE);
        assertThat(embed.statusCode()).isEqualTo(200);
        assertThat(embed.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("object-src 'none'")
                        .endsWith("frame-ancestors 'self' " + PARTNER));
        assertThat(embed.headers().allValues("Content-Security-Policy")).hasSize(1);
        // X-Frame-Options cannot name an origin; with frame-ancestors present browsers ignore it anyway.
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        HttpResponse<String> casePage = get(client(), "/cases/" + CASE);
        assertThat(casePage.headers().allValues("Content-Security-Policy"))
                .singleElement()
                .satisfies(csp ->
                        assertThat(csp).endsWith("frame-ancestors 'self'").doesNotContain(PARTNER));
        assertThat(casePage.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
    }

    @Test
    void storesValidDemoRequestsAndRefusesInvalidOnesAndFloods() {
        var form = new DemoRequestForm(
                " Mei Chen ",
                "Acme <b>Textiles</b>",
                "mei@acme.example",
                "<script>alert(1)</script> Sorting our own garments",
                "/cases/" + CASE,
                "zh");
        String address = "203.0.113." + (1 + new Random().nextInt(250));
        long before = demoRequests.list(Optional.empty()).size();
        var stored = demoRequests.submit(form, address);
        assertThat(stored.getId()).isNotNull();
        var reread = demoRequests.list(Optional.of(DemoRequest.Status.NEW)).stream()
                .filter(request -> request.getId().equals(stored.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(reread.getName()).isEqualTo("Mei Chen");
        assertThat(reread.getOrganisation()).isEqualTo("Acme <b>Textiles</b>");
        assertThat(reread.getMessage()).isEqualTo("<script>alert(1)</script> Sorting our own garments");
        assertThat(reread.getPage()).isEqualTo("/cases/" + CASE);
        assertThat(reread.getLanguage()).isEqualTo("zh");

        // Invalid forms are refused without using the address's allowance and without being stored.
        var invalid = new DemoRequestForm("Mei", "Acme", "not a contact", "hi", "/cases/" + CASE, "en");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> demoRequests.submit(invalid, address)).hasMessage("request.error.contact");
        }
        // A flood from one address: the allowance (3 an hour in these tests) then a refusal, nothing stored.
        demoRequests.submit(form, address);
        demoRequests.submit(form, address);
        assertThatThrownBy(() -> demoRequests.submit(form, address)).hasMessage("request.error.toomany");
        assertThat(demoRequests.list(Optional.empty())).hasSize((int) before + 3);
        // Another address is not held back by the first one's flood.
        demoRequests.submit(form, address + "9");
        assertThat(demoRequests.list(Optional.empty())).hasSize((int) before + 4);

        assertThat(demoRequests.move(stored.getId(), DemoRequest.Status.CONTACTED, "mei"))
                .isTrue();
        var contacted = demoRequests.list(Optional.of(DemoRequest.Status.CONTACTED)).stream()
                .filter(request -> request.getId().equals(stored.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(contacted.getUpdatedBy()).isEqualTo("mei");
        assertThat(contacted.getUpdatedAt()).isAfterOrEqualTo(contacted.getCreatedAt());
        assertThat(demoRequests.move(-1, DemoRequest.Status.CLOSED, "mei")).isFalse();
    }

    @Test
    void decksBelongToTheirConsultantAndShareByAnUnguessableLink() {
        var mei = new DeckService.User("mei", false);
        var other = new DeckService.User("other", false);
        var admin = new DeckService.User("root", true);
        var deck = decks.create(mei, "  Factory tour  ", "Acme");
        String sample = plugins.find(CASE)
                .orElseThrow()
                .plugin()
                .demo()
                .samples()
                .getFirst()
                .id();
        decks.addSlide(deck.getId(), mei, CASE, sample, "first");
        decks.addSlide(deck.getId(), mei, CASE, sample, "second");
        decks.moveSlide(deck.getId(), mei, 1, -1);

        var reopened = decks.open(deck.getId(), mei).orElseThrow();
        assertThat(reopened.getTitle()).isEqualTo("Factory tour");
        assertThat(reopened.getItems()).extracting(DeckItem::getNotes).containsExactly("second", "first");
        assertThat(decks.open(deck.getId(), other))
                .as("another consultant's deck")
                .isEmpty();
        assertThat(decks.open(deck.getId(), admin)).isPresent();
        assertThatThrownBy(() -> decks.addSlide(deck.getId(), other, CASE, sample, "x"))
                .hasMessageContaining("notfound");
        assertThatThrownBy(() -> decks.addSlide(deck.getId(), mei, CASE, "../../etc/passwd", "x"))
                .hasMessageContaining("sample");
        assertThatThrownBy(() -> decks.addSlide(deck.getId(), mei, "no-such-case", sample, "x"))
                .hasMessageContaining("case");
        assertThatThrownBy(() -> decks.create(mei, " ", "Acme")).hasMessageContaining("title");

        String token = decks.share(deck.getId(), mei);
        assertThat(token).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
        assertThat(decks.share(deck.getId(), mei))
                .as("the same link on the second ask")
                .isEqualTo(token);
        assertThat(decks.shared(token)).get().extracting(Deck::getId).isEqualTo(deck.getId());
        assertThat(decks.shared(token.substring(1))).isEmpty();
        assertThat(decks.shared("../../etc/passwd")).isEmpty();
        assertThat(decks.shared(null)).isEmpty();
        assertThat(decks.run(reopened.getItems().getFirst(), Requester.of("deck-test"))
                        .succeeded())
                .isTrue();
    }

    @Autowired
    KeptInputs keptInputs;

    /**
     * A visitor's own input is stored only when they agreed and the run succeeded: unticked, or a
     * refused (hostile) upload, stores nothing; a kept one downloads byte for byte and deletes.
     */
    @Test
    void keepsAVisitorsInputOnlyWithConsentAndOnlyWhenTheRunSucceeded() {
        LoadedCase loaded = demos.liveCase(CASE).orElseThrow();
        byte[] png = loaded.resource(loaded.plugin().demo().samples().getFirst().resourcePath())
                .orElseThrow();
        byte[] hostile = "<?php echo 'not an image'; ?>".getBytes(StandardCharsets.UTF_8);
        long before = keptInputs.count(CASE);

        DemoOutcome declined = demos.runUpload(loaded, Requester.of("keep-it"), png);
        assertThat(declined.succeeded()).isTrue();
        assertThat(keptInputs.keepIfAgreed(false, loaded, declined, () -> KeptInputs.Raw.image(png)))
                .isEmpty();
        DemoOutcome refused = demos.runUpload(loaded, Requester.of("keep-it"), hostile);
        assertThat(refused.succeeded()).isFalse();
        assertThat(keptInputs.keepIfAgreed(true, loaded, refused, () -> KeptInputs.Raw.image(hostile)))
                .isEmpty();
        assertThat(keptInputs.count(CASE))
                .as("nothing stored unticked or refused")
                .isEqualTo(before);

        DemoOutcome agreed = demos.runUpload(loaded, Requester.of("keep-it"), png);
        long id = keptInputs
                .keepIfAgreed(true, loaded, agreed, () -> KeptInputs.Raw.image(png))
                .orElseThrow();

        assertThat(keptInputs.count(CASE)).isEqualTo(before + 1);
        var summary =
                keptInputs.list().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        assertThat(summary.runId())
                .as("linked to its run record")
                .isEqualTo(agreed.runId())
                .isNotNull();
        assertThat(runs.findById(agreed.runId()))
                .get()
                .extracting(DemoRun::getCaseId)
                .isEqualTo(CASE);
        assertThat(summary.contentType()).isEqualTo("image/png");
        assertThat(summary.sizeBytes()).isEqualTo(png.length);
        var download = keptInputs.download(id).orElseThrow();
        assertThat(download.bytes()).isEqualTo(png);
        assertThat(download.fileName()).isEqualTo(CASE + "-" + id + ".png");

        keptInputs.delete(id);
        assertThat(keptInputs.download(id)).isEmpty();
        assertThat(keptInputs.count(CASE)).isEqualTo(before);
    }

    @Test
    void migrationsRunAgainOnTheExistingDatabaseChangeNothingAndLoseNothing() {
        long accountsBefore = accounts.list().size();
        history.flush();
        long runsBefore = runs.count();

        var again = flyway.migrate();

        assertThat(again.migrationsExecuted)
                .as("nothing left to migrate on an existing database")
                .isZero();
        flyway.validate();
        assertThat(flyway.info().applied())
                .extracting(m -> m.getVersion().getVersion())
                .contains("1", "2", "3", "4", "5", "6");
        assertThat(accounts.list()).hasSize((int) accountsBefore);
        assertThat(runs.count()).isEqualTo(runsBefore);
    }

    @Test
    void aPluginIsUploadedReviewedApprovedAndLiveWithoutARestart() throws Exception {
        String pluginId = "technology-co2-monitoring";
        InstalledPlugin installed = plugins.installed().stream()
                .filter(p -> p.getPluginId().equals(pluginId))
                .findFirst()
                .orElseThrow();
        Path data = Path.of(plugins.find(pluginId).orElseThrow().archive().toString())
                .getParent();
        byte[] jar = Files.readAllBytes(data.resolve(installed.getFileName()));

        // While it is installed, a second upload with the same id is refused.
        assertThat(plugins.submit(jar, "partner.a").problem()).contains("already installed");
        // Taken out of service and uninstalled at run time, its archive gone from the plugins folder.
        LoadedCase live = demos.liveCase(pluginId).orElseThrow();
        inputs.sampleInput(live, live.plugin().demo().samples().getFirst());
        assertThat(samples.versionsHeld(pluginId)).isNotEmpty();
        assertThat(runsItsFirstSample(pluginId)).isTrue();
        assertThat(samples.versionsWithTensors(pluginId)).isNotEmpty();
        assertThat(plugins.disable(pluginId).done()).isTrue();
        assertThat(samples.versionsWithTensors(pluginId))
                .as("its samples' tensors leave with it when it is disabled")
                .isEmpty();
        assertThat(plugins.uninstall(pluginId).done()).isTrue();
        assertThat(Files.exists(data.resolve(installed.getFileName()))).isFalse();
        assertThat(demos.liveCase(pluginId)).isEmpty();
        assertThat(samples.versionsHeld(pluginId))
                .as("its decoded samples leave with it")
                .isEmpty();
        assertThat(samples.versionsWithTensors(pluginId)).isEmpty();

        // A partner uploads it: checked, held in review, not loaded.
        var submission = plugins.submit(jar, "partner.a");
        assertThat(submission.accepted())
                .as(String.valueOf(submission.problem()))
                .isTrue();
        InstalledPlugin inReview = plugins.installed().stream()
                .filter(p -> p.getPluginId().equals(pluginId))
                .findFirst()
                .orElseThrow();
        assertThat(inReview.getState()).isEqualTo(PluginState.IN_REVIEW);
        assertThat(inReview.getSubmittedBy()).isEqualTo("partner.a");
        assertThat(plugins.find(pluginId)).isEmpty();

        // An administrator approves it: live, with its model in the pool, without a restart.
        assertThat(plugins.approve(pluginId).done()).isTrue();
        assertThat(plugins.find(pluginId)).isPresent();
        assertThat(demos.liveCase(pluginId)).isPresent();
        String sample = plugins.find(pluginId)
                .orElseThrow()
                .plugin()
                .demo()
                .samples()
                .getFirst()
                .id();
        assertThat(demos.runSample(demos.liveCase(pluginId).orElseThrow(), Requester.of("review-test"), sample)
                        .succeeded())
                .isTrue();

        // A hostile upload is refused with its reason and leaves nothing in the review folder.
        ByteArrayOutputStream slip = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(slip)) {
            zip.putNextEntry(new ZipEntry("../../evil.txt"));
            zip.write(1);
        }
        assertThat(plugins.submit(slip.toByteArray(), "partner.a").problem()).contains("'..'");
        try (Stream<Path> left = Files.list(data.resolve("review"))) {
            assertThat(left.map(path -> path.getFileName().toString()).toList())
                    .noneMatch(name -> name.startsWith("upload-"));
        }
    }

    @Test
    void anInstalledPluginIsUpgradedAndRolledBackWithoutARestart() throws Exception {
        String pluginId = "technology-energy-forecast";
        InstalledPlugin installed = plugins.installed().stream()
                .filter(p -> p.getPluginId().equals(pluginId))
                .findFirst()
                .orElseThrow();
        Path data = Path.of(plugins.find(pluginId).orElseThrow().archive().toString())
                .getParent();
        byte[] jar = Files.readAllBytes(data.resolve(installed.getFileName()));
        String original = installed.getVersion();

        // Refused: another partner's upgrade of a plugin they did not submit, and a version that is not newer.
        assertThat(plugins.submit(withVersion(jar, "9.0.0", false), "partner.b", false)
                        .problem())
                .contains("another provider");
        assertThat(plugins.submit(jar, "admin", true).problem()).contains("not newer");

        // 1.1.0 waits for review while the installed version stays live.
        var submission = plugins.submit(withVersion(jar, "1.1.0", false), "admin", true);
        assertThat(submission.accepted())
                .as(String.valueOf(submission.problem()))
                .isTrue();
        assertThat(submission.upgradeOf()).isEqualTo(original);
        assertThat(registryEntry(pluginId).getPendingVersion()).isEqualTo("1.1.0");
        assertThat(plugins.find(pluginId).orElseThrow().pluginVersion()).isEqualTo(original);

        // Approved: 1.1.0 is live and runs its demo, the replaced version is kept for a rollback.
        assertThat(runsItsFirstSample(pluginId)).isTrue();
        assertThat(samples.versionsHeld(pluginId)).containsExactly(original);
        assertThat(samples.versionsWithTensors(pluginId)).containsExactly(original);
        assertThat(plugins.approveUpgrade(pluginId).done()).isTrue();
        assertThat(plugins.find(pluginId).orElseThrow().pluginVersion()).isEqualTo("1.1.0");
        assertThat(registryEntry(pluginId).getPreviousVersion()).isEqualTo(original);
        assertThat(registryEntry(pluginId).getPendingVersion()).isNull();
        assertThat(data.resolve(registryEntry(pluginId).getPrevious().fileName()))
                .isRegularFile();
        assertThat(runsItsFirstSample(pluginId)).isTrue();
        assertThat(samples.versionsHeld(pluginId))
                .as("the replaced version's decoded samples leave with it")
                .containsExactly("1.1.0");
        assertThat(samples.versionsWithTensors(pluginId))
                .as("and their tensors")
                .containsExactly("1.1.0");

        // Rolled back and forward again, each time live at once.
        assertThat(plugins.rollback(pluginId).done()).isTrue();
        assertThat(plugins.find(pluginId).orElseThrow().pluginVersion()).isEqualTo(original);
        assertThat(registryEntry(pluginId).getPreviousVersion()).isEqualTo("1.1.0");
        assertThat(runsItsFirstSample(pluginId)).isTrue();
        assertThat(samples.versionsHeld(pluginId)).containsExactly(original);
        assertThat(samples.versionsWithTensors(pluginId)).containsExactly(original);
        assertThat(plugins.rollback(pluginId).done()).isTrue();
        assertThat(plugins.find(pluginId).orElseThrow().pluginVersion()).isEqualTo("1.1.0");

        // A 1.2.0 that cannot start (no extension index) is approved: 1.1.0 comes back by itself, the reason is
        // recorded.
        assertThat(plugins.submit(withVersion(jar, "1.2.0", true), "admin", true)
                        .accepted())
                .isTrue();
        PluginOutcome failedUpgrade = plugins.approveUpgrade(pluginId);
        assertThat(failedUpgrade.reason()).isEqualTo(PluginOutcome.Reason.DID_NOT_START);
        assertThat(failedUpgrade.detail()).contains("1.2.0 did not start").contains("1.1.0 is live again");
        assertThat(plugins.rejectUpgrade(pluginId).reason())
                .as("nothing waits any more")
                .isEqualTo(PluginOutcome.Reason.NOT_NOW);
        InstalledPlugin afterFailure = registryEntry(pluginId);
        assertThat(afterFailure.getState()).isEqualTo(PluginState.STARTED);
        assertThat(afterFailure.getVersion()).isEqualTo("1.1.0");
        assertThat(afterFailure.getFailureReason())
                .contains("upgrade to 1.2.0 failed")
                .contains("1.1.0 restored");
        assertThat(afterFailure.getPreviousVersion())
                .as("the rollback target survives a failed upgrade")
                .isEqualTo(original);
        assertThat(runsItsFirstSample(pluginId)).isTrue();
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left.map(path -> path.getFileName().toString()).toList())
                    .noneMatch(name -> name.contains("1.2.0"));
        }

        // Back to the bundled version for the other tests; an upgrade waiting for review can also be rejected.
        assertThat(plugins.rollback(pluginId).done()).isTrue();
        assertThat(plugins.find(pluginId).orElseThrow().pluginVersion()).isEqualTo(original);
        assertThat(plugins.submit(withVersion(jar, "2.0.0", false), "admin", true)
                        .accepted())
                .isTrue();
        assertThat(plugins.rejectUpgrade(pluginId).done()).isTrue();
        assertThat(registryEntry(pluginId).getPendingVersion()).isNull();
        assertThat(data.resolve("review").resolve(pluginId + "-2.0.0.jar")).doesNotExist();
    }

    private InstalledPlugin registryEntry(String pluginId) {
        return plugins.installed().stream()
                .filter(p -> p.getPluginId().equals(pluginId))
                .findFirst()
                .orElseThrow();
    }

    private boolean runsItsFirstSample(String pluginId) {
        var live = demos.liveCase(pluginId).orElseThrow();
        String sample = live.plugin().demo().samples().getFirst().id();
        return demos.runSample(live, Requester.of("upgrade-test"), sample).succeeded();
    }

    /** The same plugin jar with another Plugin-Version, and without its extension index if {@code broken}. */
    static byte[] withVersion(byte[] jar, String version, boolean broken) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().putValue("Plugin-Version", version);
            try (JarOutputStream copy = new JarOutputStream(out, manifest)) {
                for (var entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    if (broken && entry.getName().equals("META-INF/extensions.idx")) {
                        continue;
                    }
                    copy.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(copy);
                    copy.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * A plugin whose start throws, uploaded and approved: it is marked failed with the exception
     * as its reason, contributes nothing, and the other plugins keep serving.
     */
    @Test
    void aPluginWhoseStartThrowsIsMarkedFailedAndTheRestKeepServing() throws Exception {
        Path sources = Files.createTempDirectory("throwing-plugin");
        Path source = Files.createDirectories(sources.resolve("lab")).resolve("ThrowingPlugin.java");
        Files.writeString(source, """
                package lab;
                public class ThrowingPlugin extends org.pf4j.Plugin {
                    @Override
                    public void start() {
                        throw new IllegalStateException("the partner's start failed on purpose");
                    }
                }
                """);
        var compiler = ToolProvider.getSystemJavaCompiler();
        int compiled = compiler.run(
                null,
                null,
                null,
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                sources.toString(),
                source.toString());
        assertThat(compiled).as("javac exit code").isZero();
        Manifest manifest = new Manifest();
        var attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", "throwing-case");
        attributes.putValue("Plugin-Version", "1.0.0");
        attributes.putValue("Plugin-Requires", ">=1.0.0");
        attributes.putValue("Plugin-Class", "lab.ThrowingPlugin");
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            out.putNextEntry(new JarEntry("lab/ThrowingPlugin.class"));
            out.write(Files.readAllBytes(sources.resolve("lab/ThrowingPlugin.class")));
            out.closeEntry();
        }
        List<String> liveBefore =
                plugins.cases().stream().map(LoadedCase::caseId).sorted().toList();

        assertThat(plugins.submit(jar.toByteArray(), "partner.throw").accepted())
                .isTrue();
        PluginOutcome refused = plugins.approve("throwing-case");
        assertThat(refused.reason()).isEqualTo(PluginOutcome.Reason.DID_NOT_START);
        assertThat(refused.detail()).isNotBlank();

        InstalledPlugin failed = plugins.installed().stream()
                .filter(p -> p.getPluginId().equals("throwing-case"))
                .findFirst()
                .orElseThrow();
        assertThat(failed.getState()).isEqualTo(PluginState.FAILED);
        assertThat(failed.getFailureReason()).contains("the partner's start failed on purpose");
        assertThat(plugins.startedPluginIds()).doesNotContain("throwing-case");
        assertThat(plugins.cases().stream().map(LoadedCase::caseId).sorted().toList())
                .isEqualTo(liveBefore);
        String sample = plugins.find(CASE)
                .orElseThrow()
                .plugin()
                .demo()
                .samples()
                .getFirst()
                .id();
        assertThat(demos.runSample(demos.liveCase(CASE).orElseThrow(), Requester.of("throwing-test"), sample)
                        .succeeded())
                .isTrue();
        assertThat(plugins.uninstall("throwing-case").done()).isTrue();
    }

    @Test
    void aStoredDemoRequestIsMailedToTheConsultants() throws Exception {
        String organisation = "Mail Test " + UUID.randomUUID();
        var stored = demoRequests.submit(
                new DemoRequestForm(
                        "Mei Chen",
                        organisation,
                        "mei@acme.example",
                        "Please show us the sorting demo",
                        "/cases/" + CASE,
                        "en"),
                "198.51.100." + (1 + new Random().nextInt(250)));

        MimeMessage mail = SMTP.await(organisation, Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no mail to the consultants"));
        assertThat(mail.getSubject()).isEqualTo("Demo request #" + stored.getId() + ": " + organisation);
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString))
                .containsExactly("consultants@lepton.example");
        assertThat(GreenMailUtil.getBody(mail))
                .contains("Please show us the sorting demo")
                .contains("/cases/" + CASE);
    }

    @Test
    void aMailServerThatIsDownLosesNoDemoRequest() throws Exception {
        var failed = meters.counter("lepton.demo.requests.mail", "outcome", "failed");
        double failedBefore = failed.count();
        SMTP.stop();
        try {
            var stored = demoRequests.submit(
                    new DemoRequestForm(
                            "Mei Chen",
                            "Down Mail Server",
                            "mei@acme.example",
                            "Anyone there?",
                            "/cases/" + CASE,
                            "en"),
                    "198.51.100." + (1 + new Random().nextInt(250)));
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (failed.count() == failedBefore && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertThat(failed.count()).as("the failed mail is counted").isEqualTo(failedBefore + 1);
            assertThat(demoRequests.list(Optional.empty()))
                    .anyMatch(request -> request.getId().equals(stored.getId()));
        } finally {
            SMTP.start();
        }
    }
}
