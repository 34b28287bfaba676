package com.lepton.caselibrary.inference;

import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The one place models live: every demo of every plugin runs through here. Each model is loaded
 * once with DJL's TensorFlow engine, warmed up, and served by worker threads that batch waiting
 * requests dynamically; a full queue refuses new requests at once as busy.
 */
@Service
public class InferencePool implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InferencePool.class);
    private static final String ENGINE = "TensorFlow";

    private final InferenceProperties properties;
    private final MeterRegistry meters;
    private final Map<String, ServedModel> models = new ConcurrentHashMap<>();

    public InferencePool(InferenceProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.meters = meters;
    }

    /** A pool outside Spring, for benchmarks and tests. */
    public static InferencePool standalone(InferenceProperties properties) {
        return new InferencePool(properties, new SimpleMeterRegistry());
    }

    /**
     * Loads a SavedModel, warms it up on {@code warmUp} and serves it under {@code key},
     * replacing (and draining) an older one.
     *
     * @throws IOException when the model cannot be loaded or fails on the warm-up input
     */
    public void register(String key, String version, Path savedModel, DataAdapter adapter, DemoInput warmUp) throws IOException {
        register(key, version, savedModel, adapter, warmUp, properties.settingsFor(key));
    }

    /** As {@link #register(String, String, Path, DataAdapter, DemoInput)}, with explicit settings. */
    public void register(String key, String version, Path savedModel, DataAdapter adapter, DemoInput warmUp,
            InferenceProperties.BatchSettings settings) throws IOException {
        // The engine must be initialised before any TensorFlow class is touched, or the JNI library is not found.
        Engine.getEngine(ENGINE);
        Criteria<DemoInput, DemoResult> criteria = Criteria.builder()
                .setTypes(DemoInput.class, DemoResult.class)
                .optModelPath(savedModel)
                .optEngine(ENGINE)
                .optTranslator(new AdapterTranslator(adapter))
                .build();
        ZooModel<DemoInput, DemoResult> model;
        try {
            model = criteria.loadModel();
        } catch (ModelNotFoundException | MalformedModelException | RuntimeException e) {
            throw new IOException("model " + key + " cannot be loaded from " + savedModel + ": " + e.getMessage(), e);
        }
        ServedModel served = new ServedModel(key, version, model, settings, meters);
        if (warmUp != null) {
            try {
                served.predict("warm-up", warmUp);
            } catch (InferenceException e) {
                served.close();
                throw new IOException("model " + key + " fails on its warm-up input: " + e.getMessage(), e);
            }
        }
        ServedModel previous = models.put(key, served);
        if (previous != null) {
            previous.close();
        }
        log.info("Model {} {} ready: {} predictor(s), batches of up to {}, queue {}", key, version,
                settings.predictors(), settings.maxBatchSize(), settings.queueCapacity());
    }

    /** Stops serving a model: queued requests are answered, new ones refused, then it is freed. */
    public void unregister(String key) {
        Optional.ofNullable(models.remove(key)).ifPresent(ServedModel::close);
    }

    public boolean isLoaded(String key) {
        return models.containsKey(key);
    }

    /** The version of a loaded model. */
    public Optional<String> version(String key) {
        return Optional.ofNullable(models.get(key)).map(ServedModel::version);
    }

    /** Requests waiting for a model now. */
    public int queueLength(String key) {
        return Optional.ofNullable(models.get(key)).map(ServedModel::queueLength).orElse(0);
    }

    /** A rough wait for a request joining the model's queue now. */
    public Duration estimatedWait(String key) {
        return Optional.ofNullable(models.get(key)).map(ServedModel::estimatedWait).orElse(Duration.ZERO);
    }

    /**
     * Runs one input through a model.
     *
     * @param visitor who asks (a session or client address), for fair turns between visitors
     */
    public InferenceResult predict(String key, String visitor, DemoInput input) throws InferenceException {
        ServedModel model = models.get(key);
        if (model == null) {
            throw new InferenceException(InferenceException.Kind.UNAVAILABLE, "model " + key + " is not loaded", null);
        }
        return model.predict(visitor, input);
    }

    /** Worker threads alive across all models; for leak checks. */
    public long liveWorkers() {
        return models.values().stream().mapToLong(ServedModel::liveWorkers).sum();
    }

    @Override
    public void destroy() {
        models.keySet().forEach(this::unregister);
    }
}
