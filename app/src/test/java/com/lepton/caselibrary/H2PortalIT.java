package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.InstalledPlugin;
import com.lepton.caselibrary.pluginhost.PluginRepositories;
import com.lepton.caselibrary.pluginhost.PluginState;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The portal on its embedded default: an H2 file database. */
class H2PortalIT extends PortalIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(H2PortalIT.class);
    private static final Path DATA = dataFolderWithBrokenPlugins();
    private static final int CYCLES = 50;

    private static final Path REPOSITORY = DATA.resolve("repository");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("lepton.data-directory", DATA::toString);
        registry.add("lepton.plugins.repositories", REPOSITORY::toString);
    }

    @Autowired
    PluginRepositories repositories;

    /**
     * A pf4j-update repository (a folder with plugins.json) offers finance-market-risk 1.3.0 and a
     * release for a future plugin-api: only the compatible one is listed, as an upgrade; fetched,
     * it is checked against its SHA-512, waits for review and goes live when approved. A release
     * whose archive does not match its published checksum is refused.
     */
    @Test
    void aPluginRepositoryOffersCompatibleUpgradesCheckedByTheirChecksum() throws Exception {
        String pluginId = "finance-market-risk";
        byte[] bundled = Files.readAllBytes(Path.of("target/classes/bundled-plugins/" + pluginId + ".jar"));
        byte[] upgrade = withVersion(bundled, "1.3.0", false);
        Files.createDirectories(REPOSITORY);
        Files.write(REPOSITORY.resolve(pluginId + "-1.3.0.jar"), upgrade);
        Files.write(REPOSITORY.resolve("tampered.jar"), withVersion(bundled, "1.4.0", false));
        String sha = sha512(upgrade);
        Files.writeString(REPOSITORY.resolve("plugins.json"), """
                [{"id": "%1$s", "description": "Volatility forecast", "provider": "Lepton AI", "releases": [
                   {"version": "1.3.0", "date": "2026-11-29", "requires": ">=1.0.0 & <2.0.0", "url": "%1$s-1.3.0.jar", "sha512": "%2$s"},
                   {"version": "5.0.0", "date": "2026-11-29", "requires": ">=5.0.0", "url": "%1$s-1.3.0.jar", "sha512": "%2$s"}]},
                 {"id": "tampered-case", "releases": [
                   {"version": "1.0.0", "requires": ">=1.0.0", "url": "tampered.jar", "sha512": "%2$s"}]}]
                """.formatted(pluginId, sha));

        var catalog = repositories.catalog();
        assertThat(catalog.problems()).isEmpty();
        var listing = catalog.listings().stream()
                .filter(l -> l.pluginId().equals(pluginId))
                .findFirst()
                .orElseThrow();
        assertThat(listing.version()).as("5.0.0 needs a newer plugin-api").isEqualTo("1.3.0");
        assertThat(listing.upgrade()).isTrue();

        var tampered = catalog.listings().stream()
                .filter(l -> l.pluginId().equals("tampered-case"))
                .findFirst()
                .orElseThrow();
        assertThat(repositories.fetch(tampered, "admin").problem()).contains("does not match the SHA-512");
        assertThat(plugins.installed()).noneMatch(p -> p.getPluginId().equals("tampered-case"));

        var submission = repositories.fetch(listing, "admin");
        assertThat(submission.accepted())
                .as(String.valueOf(submission.problem()))
                .isTrue();
        assertThat(submission.upgradeOf()).isEqualTo("1.0.0");
        assertThat(plugins.find(pluginId).orElseThrow().pluginVersion())
                .as("live until approved")
                .isEqualTo("1.0.0");
        assertThat(plugins.approveUpgrade(pluginId).done()).isTrue();
        assertThat(plugins.find(pluginId).orElseThrow().pluginVersion()).isEqualTo("1.3.0");
        assertThat(repositories.catalog().listings())
                .noneMatch(l -> l.pluginId().equals(pluginId));

        assertThat(plugins.rollback(pluginId).done()).isTrue();
        assertThat(plugins.find(pluginId).orElseThrow().pluginVersion()).isEqualTo("1.0.0");
    }

    /**
     * Unloading frees a plugin: the same plugin is uploaded, approved, run through the inference
     * pool (twice, so its sample's tensors are kept and fed), disabled and uninstalled 50 times; afterwards
     * every one of its 50 class loaders can be collected (nothing in the host, the pool, the sample cache or
     * the catalog holds on to it, so its classes can go),
     * and no case of it stays registered. Runs on H2 only: the database plays no part in it.
     */
    @Test
    void fiftyInstallUninstallCyclesLeaveNothingOfThePluginBehind() throws Exception {
        String pluginId = "technology-co2-monitoring";
        InstalledPlugin installed = plugins.installed().stream()
                .filter(p -> p.getPluginId().equals(pluginId))
                .findFirst()
                .orElseThrow();
        byte[] jar = Files.readAllBytes(DATA.resolve("plugins").resolve(installed.getFileName()));
        takeOut(pluginId);

        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
        long baselineClasses = 0;
        long baselineUnloaded = 0;
        long baselineHeap = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            assertThat(plugins.submit(jar, "partner.leak").accepted()).isTrue();
            assertThat(plugins.approve(pluginId).done()).isTrue();
            var live = demos.liveCase(pluginId).orElseThrow();
            loaders.add(new WeakReference<>(live.plugin().getClass().getClassLoader()));
            String sample = live.plugin().demo().samples().getFirst().id();
            // Twice: the first run keeps the sample's tensors, the second runs from them.
            for (int run = 0; run < 2; run++) {
                assertThat(demos.runSample(live, Requester.of("leak-" + cycle), sample)
                                .succeeded())
                        .isTrue();
            }
            assertThat(samples.versionsWithTensors(pluginId)).isNotEmpty();
            live = null;
            takeOut(pluginId);
            assertThat(samples.versionsWithTensors(pluginId)).isEmpty();
            if (cycle == 0) {
                collectGarbage();
                baselineClasses = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
                baselineUnloaded = ManagementFactory.getClassLoadingMXBean().getUnloadedClassCount();
                baselineHeap = heapUsed();
            }
        }

        int collected = 0;
        for (int attempt = 0; attempt < 40 && collected < CYCLES; attempt++) {
            collectGarbage();
            collected = (int) loaders.stream()
                    .filter(reference -> reference.get() == null)
                    .count();
        }
        long classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        long unloaded = ManagementFactory.getClassLoadingMXBean().getUnloadedClassCount() - baselineUnloaded;
        long heap = heapUsed();
        log.info(
                "After {} install/uninstall cycles: {} of {} plugin class loaders collected; {} classes unloaded since the first cycle; "
                        + "loaded classes {} (after the first cycle {}); heap used {} MB (after the first cycle {} MB)",
                CYCLES,
                collected,
                CYCLES,
                unloaded,
                classes,
                baselineClasses,
                heap >> 20,
                baselineHeap >> 20);
        assertThat(collected).as("plugin class loaders that could be collected").isEqualTo(CYCLES);
        // Class counts are logged, not asserted: the portal still loads classes lazily while the test runs, and the
        // JVM's
        // unloaded-class counter lags behind the collection of the loaders (26 to 130 seen). A collected loader is the
        // proof.
        assertThat(plugins.cases()).noneMatch(loaded -> loaded.pluginId().equals(pluginId));
        assertThat(plugins.startedPluginIds()).doesNotContain(pluginId);
        assertThat(catalog.find(pluginId)).map(entry -> entry.isLiveDemo()).contains(false);

        // Leave it live for the other tests.
        assertThat(plugins.submit(jar, "partner.leak").accepted()).isTrue();
        assertThat(plugins.approve(pluginId).done()).isTrue();
    }

    private void takeOut(String pluginId) {
        plugins.installed().stream()
                .filter(p -> p.getPluginId().equals(pluginId))
                .findFirst()
                .ifPresent(entry -> {
                    if (entry.getState() == PluginState.STARTED) {
                        assertThat(plugins.disable(pluginId).done()).isTrue();
                    }
                    assertThat(plugins.uninstall(pluginId).done()).isTrue();
                });
    }

    private static void collectGarbage() throws InterruptedException {
        System.gc();
        Thread.sleep(100);
    }

    private static String sha512(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
