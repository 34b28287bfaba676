package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.InstalledPlugin;
import com.lepton.caselibrary.pluginhost.PluginState;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The portal on its embedded default: an H2 file database. */
class H2PortalIT extends PortalIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(H2PortalIT.class);
    private static final Path DATA = dataFolderWithBrokenPlugins();
    private static final int CYCLES = 50;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("lepton.data-directory", DATA::toString);
    }

    /**
     * Unloading frees a plugin: the same plugin is uploaded, approved, run through the inference
     * pool, disabled and uninstalled 50 times; afterwards every one of its 50 class loaders can be
     * collected (nothing in the host, the pool or the catalog holds on to it), the number of
     * loaded classes is back near where it was after the first cycle, and no case of it stays
     * registered. Runs on H2 only: the database plays no part in it.
     */
    @Test
    void fiftyInstallUninstallCyclesLeaveNothingOfThePluginBehind() throws Exception {
        String pluginId = "technology-co2-monitoring";
        InstalledPlugin installed = plugins.installed().stream().filter(p -> p.getPluginId().equals(pluginId)).findFirst().orElseThrow();
        byte[] jar = Files.readAllBytes(DATA.resolve("plugins").resolve(installed.getFileName()));
        takeOut(pluginId);

        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
        long baselineClasses = 0;
        long baselineHeap = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            assertThat(plugins.submit(jar, "partner.leak").accepted()).isTrue();
            assertThat(plugins.approve(pluginId)).isTrue();
            var live = demos.liveCase(pluginId).orElseThrow();
            loaders.add(new WeakReference<>(live.plugin().getClass().getClassLoader()));
            String sample = live.plugin().demo().samples().getFirst().id();
            assertThat(demos.runSample(live, Requester.of("leak-" + cycle), sample).succeeded()).isTrue();
            live = null;
            takeOut(pluginId);
            if (cycle == 0) {
                collectGarbage();
                baselineClasses = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
                baselineHeap = heapUsed();
            }
        }

        int collected = 0;
        for (int attempt = 0; attempt < 40 && collected < CYCLES; attempt++) {
            collectGarbage();
            collected = (int) loaders.stream().filter(reference -> reference.get() == null).count();
        }
        long classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        long heap = heapUsed();
        log.info("After {} install/uninstall cycles: {} of {} plugin class loaders collected; loaded classes {} (after the first cycle {}); "
                + "heap used {} MB (after the first cycle {} MB)", CYCLES, collected, CYCLES, classes, baselineClasses, heap >> 20, baselineHeap >> 20);
        assertThat(collected).as("plugin class loaders that could be collected").isEqualTo(CYCLES);
        assertThat(classes).as("loaded classes, against the count after the first cycle").isLessThan(baselineClasses + 200);
        assertThat(plugins.cases()).noneMatch(loaded -> loaded.pluginId().equals(pluginId));
        assertThat(plugins.startedPluginIds()).doesNotContain(pluginId);
        assertThat(catalog.find(pluginId)).map(entry -> entry.isLiveDemo()).contains(false);

        // Leave it live for the other tests.
        assertThat(plugins.submit(jar, "partner.leak").accepted()).isTrue();
        assertThat(plugins.approve(pluginId)).isTrue();
    }

    private void takeOut(String pluginId) {
        plugins.installed().stream().filter(p -> p.getPluginId().equals(pluginId)).findFirst().ifPresent(entry -> {
            if (entry.getState() == PluginState.STARTED) {
                assertThat(plugins.disable(pluginId)).isTrue();
            }
            assertThat(plugins.uninstall(pluginId)).isTrue();
        });
    }

    private static void collectGarbage() throws InterruptedException {
        System.gc();
        Thread.sleep(100);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
