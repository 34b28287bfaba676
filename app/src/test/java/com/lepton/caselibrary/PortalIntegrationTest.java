package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.catalog.CaseEntry;
import com.lepton.caselibrary.catalog.CaseQuery;
import com.lepton.caselibrary.catalog.CatalogService;
import com.lepton.caselibrary.demo.DemoOutcome;
import com.lepton.caselibrary.demo.DemoRun;
import com.lepton.caselibrary.demo.DemoRunRepository;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.InstalledPlugin;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.pluginhost.PluginState;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole portal on a real database: plugins loaded from the packaged manufacturing plugin jar
 * (bundled into the plugins folder at start) next to three broken archives, the catalog, a real
 * prediction through DJL's TensorFlow engine, and the pages answering over HTTP. Subclasses pick
 * the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PortalIntegrationTest {

    static final String CASE = "manufacturing-sorting";

    @Autowired
    PluginHost plugins;

    @Autowired
    CatalogService catalog;

    @Autowired
    DemoService demos;

    @Autowired
    DemoRunRepository runs;

    @LocalServerPort
    int port;

    /** A data folder whose plugins folder already holds three archives that must be refused. */
    static Path dataFolderWithBrokenPlugins() {
        try {
            Path data = Files.createTempDirectory("lepton-it");
            Path pluginsFolder = Files.createDirectories(data.resolve("plugins"));
            Files.writeString(pluginsFolder.resolve("not-a-zip.jar"), "definitely not a zip");
            try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(pluginsFolder.resolve("no-manifest.jar")))) {
                jar.putNextEntry(new ZipEntry("hello.txt"));
            }
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().putValue("Plugin-Id", "from-the-future");
            manifest.getMainAttributes().putValue("Plugin-Version", "1.0.0");
            manifest.getMainAttributes().putValue("Plugin-Requires", ">=9.0.0");
            try (OutputStream out = Files.newOutputStream(pluginsFolder.resolve("future.jar")); JarOutputStream jar = new JarOutputStream(out, manifest)) {
                jar.putNextEntry(new ZipEntry("x.txt"));
            }
            return data;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void loadsTheBundledPluginAndRecordsItsChecksum() {
        Map<String, InstalledPlugin> registry = plugins.installed().stream()
                .collect(Collectors.toMap(InstalledPlugin::getPluginId, plugin -> plugin));
        InstalledPlugin manufacturing = registry.get(CASE);
        assertThat(manufacturing.getState()).isEqualTo(PluginState.STARTED);
        assertThat(manufacturing.getVersion()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(manufacturing.getSha512()).matches("[0-9a-f]{128}");
    }

    @Test
    void refusesBrokenArchivesWithAReasonAndKeepsTheRest() {
        Map<String, InstalledPlugin> registry = plugins.installed().stream()
                .collect(Collectors.toMap(InstalledPlugin::getPluginId, plugin -> plugin));
        assertThat(registry.get("archive:not-a-zip.jar").getFailureReason()).contains("not a valid jar");
        assertThat(registry.get("archive:no-manifest.jar").getFailureReason()).contains("no META-INF/MANIFEST.MF");
        assertThat(registry.get("from-the-future").getState()).isEqualTo(PluginState.FAILED);
        assertThat(registry.get("from-the-future").getFailureReason()).contains("requires plugin-api >=9.0.0");
        assertThat(plugins.find(CASE)).isPresent();
    }

    @Test
    void catalogListsTheLiveCaseUnderManufacturingAndFindsItBySearch() {
        assertThat(catalog.byIndustry()).containsOnlyKeys(Industry.values());
        CaseEntry entry = catalog.find(CASE).orElseThrow();
        assertThat(entry.isLiveDemo()).isTrue();
        assertThat(entry.getIndustry()).isEqualTo(Industry.MANUFACTURING);
        assertThat(catalog.search(new CaseQuery("fashion", null, null, null))).extracting(CaseEntry::getId).contains(CASE);
        assertThat(catalog.search(new CaseQuery("分拣", Industry.MANUFACTURING, null, null))).extracting(CaseEntry::getId).contains(CASE);
        assertThat(catalog.search(new CaseQuery("", Industry.FINANCE, null, null))).extracting(CaseEntry::getId).doesNotContain(CASE);
    }

    @Test
    void predictsTheCommittedSneakerSampleThroughDjl() {
        LoadedCase loaded = demos.liveCase(CASE).orElseThrow();
        long before = runs.count();
        DemoOutcome outcome = demos.runSample(loaded, Requester.of("it"), "sneaker");
        assertThat(outcome.succeeded()).isTrue();
        DemoResult.Classification result = (DemoResult.Classification) outcome.result();
        assertThat(result.top().key()).isEqualTo("sneaker");
        assertThat(result.scores()).hasSize(10);
        assertThat(result.scores().stream().mapToDouble(score -> score.probability()).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(runs.count()).isEqualTo(before + 1);
        assertThat(demos.stats(CASE).runs()).isPositive();
    }

    @Test
    void everyLiveCaseAnswersEachOfItsShippedSamples() {
        assertThat(plugins.cases()).extracting(LoadedCase::caseId).contains(CASE, "finance-cheque-digits", "finance-market-risk", "finance-message-risk", "healthcare-ecg-diagnosis", "technology-energy-forecast", "technology-co2-monitoring");
        for (LoadedCase loaded : plugins.cases()) {
            assertThat(demos.liveCase(loaded.caseId())).as(loaded.caseId() + " is live").isPresent();
            for (var sample : loaded.plugin().demo().samples()) {
                DemoOutcome outcome = demos.runSample(loaded, Requester.of("it-" + loaded.caseId()), sample.id());
                assertThat(outcome.succeeded()).as(loaded.caseId() + "/" + sample.id()).isTrue();
                if (outcome.result() instanceof DemoResult.Classification classification && !sample.expected().isEmpty()) {
                    assertThat(classification.top().key()).as(loaded.caseId() + "/" + sample.id()).isEqualTo(sample.expected());
                }
                if (outcome.result() instanceof DemoResult.Forecast forecast) {
                    assertThat(forecast.forecast()).isNotEmpty();
                    assertThat(java.util.Arrays.stream(forecast.forecast()).allMatch(Double::isFinite)).isTrue();
                }
            }
        }
    }

    @Test
    void refusesAnUploadThatIsNotAnImageAndRecordsNoSuccess() {
        LoadedCase loaded = demos.liveCase(CASE).orElseThrow();
        long successes = runs.findAll().stream().filter(run -> run.getOutcome() == DemoRun.Outcome.SUCCESS).count();
        DemoOutcome outcome = demos.runUpload(loaded, Requester.of("it"), "<?php echo 'not an image'; ?>".getBytes());
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.messageKey()).isEqualTo("demo.error.notimage");
        assertThat(runs.findAll().stream().filter(run -> run.getOutcome() == DemoRun.Outcome.SUCCESS).count()).isEqualTo(successes);
    }

    @Test
    void servesThePagesAndHealth() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/", "/cases", "/cases/" + CASE, "/industries/manufacturing"}) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"UP\"");
    }
}
