package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.ModelDefinition;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceProperties;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginCasesChanged;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads every started plugin's model into the shared pool when the portal starts. A plugin
 * whose model is missing or corrupt is marked failed; the others keep working. Runs before the
 * catalog is synchronised, so the catalog lists only cases whose demo can run.
 */
@Component
@RequiredArgsConstructor
class CaseModels {

    private static final Logger log = LoggerFactory.getLogger(CaseModels.class);

    private final PluginHost plugins;
    private final InferencePool pool;
    private final InferenceProperties properties;
    private final DemoInputs inputs;

    /**
     * Loads the models side by side, one per core: a model's first forward pass can hold one core for seconds (the
     * review LSTM's graph is optimised on its first run) while the others would wait behind it. Returns when all
     * are loaded or failed.
     */
    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    void loadAll() {
        List<LoadedCase> cases = plugins.cases();
        int loaders = Math.max(1, Math.min(cases.size(), Runtime.getRuntime().availableProcessors()));
        try (ExecutorService loading = Executors.newFixedThreadPool(
                loaders, Thread.ofPlatform().name("model-load-", 1).factory())) {
            cases.forEach(loaded -> loading.execute(() -> loadOrMarkFailed(loaded)));
        }
    }

    /** Loads the models of a plugin enabled at run time, and unloads those of one withdrawn. */
    @EventListener
    @Order(0)
    void pluginChanged(PluginCasesChanged change) {
        change.withdrawn().forEach(caseId -> {
            pool.unregister(caseId);
            log.info("Case {} withdrawn: its model is unloaded", caseId);
        });
        change.added().forEach(this::loadOrMarkFailed);
    }

    /** A model that cannot be loaded (missing, corrupt, refused) fails its plugin, not the others. */
    private void loadOrMarkFailed(LoadedCase loaded) {
        try {
            load(loaded);
        } catch (IOException | DemoInputException | RuntimeException | LinkageError e) {
            plugins.markFailed(
                    loaded.pluginId(), "model of case " + loaded.caseId() + " cannot be loaded: " + e.getMessage());
        }
    }

    private void load(LoadedCase loaded) throws IOException, DemoInputException {
        ModelDefinition model = loaded.plugin().model();
        Path destination = properties
                .modelsDirectory()
                .resolve(loaded.pluginId())
                .resolve(loaded.pluginVersion() + "-" + model.version())
                .resolve(model.name());
        Path savedModel = ModelUnpacker.unpack(loaded.archive(), model.savedModelPath(), destination);
        // Warm up on the first shipped sample, so the first visitor does not pay for graph initialisation.
        DemoInput warmUp = loaded.plugin().demo().samples().isEmpty()
                ? null
                : inputs.sampleInput(loaded, loaded.plugin().demo().samples().get(0));
        pool.register(
                modelKey(loaded), model.version(), savedModel, loaded.plugin().adapter(), warmUp);
        log.info("Case {} is live with model {} {}", loaded.caseId(), model.name(), model.version());
    }

    /** The pool key of a case's model. */
    static String modelKey(LoadedCase loaded) {
        return loaded.caseId();
    }
}
