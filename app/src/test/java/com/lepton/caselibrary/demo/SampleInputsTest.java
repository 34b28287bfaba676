package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.inference.GrayTestAdapter;
import com.lepton.caselibrary.inference.InferenceException;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceProperties;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.inference.SampleTensors;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginCasesChanged;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A shipped sample is decoded once per loaded plugin and turned into tensors once (by its first run through the
 * pool); both leave with the plugin when it is upgraded, rolled back, disabled or uninstalled, and nothing keeps
 * the old version's tensors afterwards. On the real Fashion-MNIST CNN with a test adapter per plugin instance.
 */
class SampleInputsTest {

    private static final String PLUGIN = "sorting-plugin";
    private static final String CASE = "sorting";
    private static final Path SAVED_MODEL =
            Path.of("../plugins/manufacturing-sorting/src/main/resources/model/fashion-cnn");
    private static final Path PNG = Path.of("../plugins/manufacturing-sorting/src/main/resources/samples/sneaker.png");
    private static final DemoSample SAMPLE =
            new DemoSample("sneaker", LocalizedText.of("运动鞋", "Sneaker"), "samples/sneaker.png", "");

    /** What the plugin host has live for the case now (empty once withdrawn). */
    private final AtomicReference<LoadedCase> live = new AtomicReference<>();

    private final AtomicInteger decodes = new AtomicInteger();
    private SampleInputs samples;
    private InferencePool pool;

    @BeforeEach
    void host() {
        PluginHost plugins = mock(PluginHost.class);
        when(plugins.find(CASE)).thenAnswer(call -> Optional.ofNullable(live.get()));
        samples = new SampleInputs(plugins);
        pool = InferencePool.standalone(new InferenceProperties(Path.of("."), settings(), Map.of(), false));
    }

    @AfterEach
    void closePool() {
        pool.destroy();
    }

    @Test
    void aSampleIsDecodedAndTurnedIntoTensorsOnceForItsPlugin() throws Exception {
        LoadedCase v1 = goLive("1.0.0");

        RunInput first = run(v1);
        RunInput second = run(v1);

        assertThat(decodes.get()).isEqualTo(1);
        assertThat(second.tensors()).isSameAs(first.tensors());
        assertThat(first.tensors().isKept()).isTrue();
        assertThat(second.input()).as("a copy each run").isNotSameAs(first.input());
        assertThat(samples.versionsHeld(PLUGIN)).containsExactly("1.0.0");
        assertThat(samples.versionsWithTensors(PLUGIN)).containsExactly("1.0.0");
    }

    @Test
    void keptTensorsLeaveWithTheirPluginOnUpgradeAndRollback() throws Exception {
        LoadedCase v1 = goLive("1.0.0");
        SampleTensors ofV1 = run(v1).tensors();
        assertThat(samples.versionsWithTensors(PLUGIN)).containsExactly("1.0.0");

        LoadedCase v2 = goLive("1.1.0");
        samples.pluginChanged(new PluginCasesChanged(PLUGIN, List.of(v2), List.of(CASE)));
        assertThat(samples.versionsHeld(PLUGIN))
                .as("the replaced version's samples")
                .isEmpty();
        assertThat(samples.versionsWithTensors(PLUGIN)).as("and their tensors").isEmpty();
        SampleTensors ofV2 = run(v2).tensors();
        assertThat(ofV2).isNotSameAs(ofV1);
        assertThat(samples.versionsWithTensors(PLUGIN)).containsExactly("1.1.0");

        // A rollback starts the old version again: a new instance of it, with its own adapter.
        LoadedCase back = goLive("1.0.0");
        samples.pluginChanged(new PluginCasesChanged(PLUGIN, List.of(back), List.of(CASE)));
        assertThat(samples.versionsWithTensors(PLUGIN)).isEmpty();
        assertThat(run(back).tensors()).isNotSameAs(ofV1).isNotSameAs(ofV2);
        assertThat(samples.versionsWithTensors(PLUGIN)).containsExactly("1.0.0");
        assertThat(decodes.get()).isEqualTo(3);
    }

    @Test
    void keptTensorsLeaveWhenThePluginIsDisabledOrUninstalledAndNothingHoldsThem() throws Exception {
        WeakReference<SampleTensors> kept = runAndForget(goLive("1.0.0"));
        assertThat(samples.versionsWithTensors(PLUGIN)).containsExactly("1.0.0");

        live.set(null);
        pool.unregister(CASE);
        samples.pluginChanged(new PluginCasesChanged(PLUGIN, List.of(), List.of(CASE)));

        assertThat(samples.versionsHeld(PLUGIN)).isEmpty();
        assertThat(samples.versionsWithTensors(PLUGIN)).isEmpty();
        for (int attempt = 0; attempt < 40 && kept.get() != null; attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(kept.get())
                .as("the withdrawn plugin's tensors (and its adapter) can be collected")
                .isNull();
    }

    @Test
    void aRunThatStartsAsItsPluginIsWithdrawnKeepsNoTensorsBehind() throws Exception {
        LoadedCase v1 = goLive("1.0.0");
        // Withdrawn (its event already handled) between the visitor's click and the sample's first look-up.
        live.set(null);
        samples.pluginChanged(new PluginCasesChanged(PLUGIN, List.of(), List.of(CASE)));

        RunInput late = run(v1);

        assertThat(late.tensors().isKept()).as("the run itself went through").isTrue();
        assertThat(samples.versionsHeld(PLUGIN)).isEmpty();
        assertThat(samples.versionsWithTensors(PLUGIN)).isEmpty();
    }

    /** A new instance of the plugin (its own adapter) is live at {@code version}, its model in the pool. */
    private LoadedCase goLive(String version) throws IOException {
        CaseStudyPlugin plugin = mock(CaseStudyPlugin.class);
        GrayTestAdapter adapter = new GrayTestAdapter();
        when(plugin.adapter()).thenReturn(adapter);
        CaseDescriptor descriptor = mock(CaseDescriptor.class);
        when(descriptor.id()).thenReturn(CASE);
        LoadedCase loaded = new LoadedCase(PLUGIN, version, null, descriptor, plugin);
        pool.register(CASE, version, SAVED_MODEL, adapter, null, settings());
        live.set(loaded);
        return loaded;
    }

    /** Runs the sample as a demo run does: its input and tensor slot from the cache, then the pool. */
    private RunInput run(LoadedCase loaded) throws DemoInputException, InferenceException {
        RunInput input = samples.get(loaded, SAMPLE, this::decode);
        pool.predict(CASE, Requester.of("visitor"), input.input(), input.tensors());
        return input;
    }

    private WeakReference<SampleTensors> runAndForget(LoadedCase loaded) throws Exception {
        return new WeakReference<>(run(loaded).tensors());
    }

    private DemoInput decode() throws DemoInputException {
        decodes.incrementAndGet();
        try {
            return new DemoInput.Image(ImageIO.read(PNG.toFile()));
        } catch (IOException e) {
            throw new DemoInputException("demo.error.failed");
        }
    }

    private static InferenceProperties.BatchSettings settings() {
        return new InferenceProperties.BatchSettings(1, 4, Duration.ZERO, 64, Duration.ofSeconds(30));
    }
}
