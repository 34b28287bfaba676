package com.lepton.caselibrary.inference;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the shared inference pool: the defaults for every model, and per-model overrides
 * under {@code lepton.inference.models.<case-id>.*}.
 *
 * @param modelsDirectory where models are unpacked from plugin archives
 * @param defaults        batching and queueing for every model
 * @param models          overrides by model key (the case id)
 * @param graphOptimizer  whether TensorFlow's graph optimiser (Grappler) rewrites each model's graph on its first
 *                        run; off by default, see {@link SessionConfigs}
 */
@ConfigurationProperties("lepton.inference")
public record InferenceProperties(
        Path modelsDirectory, BatchSettings defaults, Map<String, BatchSettings> models, boolean graphOptimizer) {

    public InferenceProperties {
        defaults = defaults == null ? BatchSettings.DEFAULT : defaults;
        models = models == null ? Map.of() : Map.copyOf(models);
    }

    /** The settings of one model: its override, else the defaults. */
    public BatchSettings settingsFor(String key) {
        return models.getOrDefault(key, defaults);
    }

    /**
     * How one model is served, in the spirit of Triton's dynamic batcher.
     *
     * @param predictors     worker threads, each owning one DJL predictor (predictors are not thread-safe)
     * @param maxBatchSize   the most requests stacked into one forward pass
     * @param maxQueueDelay  how long a worker holding a partial batch waits for more requests
     * @param queueCapacity  requests allowed to wait; beyond it new ones are refused at once as busy
     * @param requestTimeout how long a caller waits for its answer before giving up
     */
    public record BatchSettings(
            int predictors, int maxBatchSize, Duration maxQueueDelay, int queueCapacity, Duration requestTimeout) {

        static final BatchSettings DEFAULT =
                new BatchSettings(2, 32, Duration.ofMillis(2), 256, Duration.ofSeconds(10));

        public BatchSettings {
            if (predictors < 1 || maxBatchSize < 1 || queueCapacity < 1) {
                throw new IllegalArgumentException("predictors, maxBatchSize and queueCapacity must be at least 1");
            }
            maxQueueDelay = maxQueueDelay == null ? Duration.ZERO : maxQueueDelay;
            requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        }
    }
}
