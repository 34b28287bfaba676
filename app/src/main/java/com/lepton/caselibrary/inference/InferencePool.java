package com.lepton.caselibrary.inference;

import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The one place models live: every demo of every plugin runs through here. Each model is loaded
 * once with DJL's TensorFlow engine and served by a fixed set of predictors; a request that
 * finds none free within the timeout is refused as busy rather than queued without end.
 */
@Service
public class InferencePool implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InferencePool.class);
    private static final String ENGINE = "TensorFlow";

    private final InferenceProperties properties;
    private final Map<String, LoadedModel> models = new ConcurrentHashMap<>();

    public InferencePool(InferenceProperties properties) {
        this.properties = properties;
    }

    /**
     * Loads a SavedModel and makes it available under {@code key}, replacing an older one.
     *
     * @throws IOException when the model cannot be loaded; the caller marks its plugin failed
     */
    public void register(String key, String version, Path savedModel, DataAdapter adapter) throws IOException {
        // The engine must be initialised before any TensorFlow class is touched, or the JNI library is not found.
        Engine.getEngine(ENGINE);
        Criteria<DemoInput, DemoResult> criteria = Criteria.builder()
                .setTypes(DemoInput.class, DemoResult.class)
                .optModelPath(savedModel)
                .optEngine(ENGINE)
                .optTranslator(new AdapterTranslator(adapter))
                .build();
        try {
            ZooModel<DemoInput, DemoResult> model = criteria.loadModel();
            LoadedModel previous = models.put(key, new LoadedModel(version, model, Math.max(1, properties.predictorsPerModel())));
            if (previous != null) {
                previous.close();
            }
            log.info("Model {} {} loaded from {}", key, version, savedModel);
        } catch (ModelNotFoundException | MalformedModelException | RuntimeException e) {
            throw new IOException("model " + key + " cannot be loaded from " + savedModel + ": " + e.getMessage(), e);
        }
    }

    /** Removes a model, e.g. when its plugin is disabled. */
    public void unregister(String key) {
        Optional.ofNullable(models.remove(key)).ifPresent(LoadedModel::close);
    }

    public boolean isLoaded(String key) {
        return models.containsKey(key);
    }

    /** The version of a loaded model. */
    public Optional<String> version(String key) {
        return Optional.ofNullable(models.get(key)).map(LoadedModel::version);
    }

    /** Runs one input through a model. */
    public InferenceResult predict(String key, DemoInput input) throws InferenceException {
        LoadedModel model = models.get(key);
        if (model == null) {
            throw new InferenceException(InferenceException.Kind.UNAVAILABLE, "model " + key + " is not loaded", null);
        }
        long start = System.nanoTime();
        Predictor<DemoInput, DemoResult> predictor;
        try {
            predictor = model.predictors().poll(properties.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InferenceException(InferenceException.Kind.BUSY, "interrupted while waiting", e);
        }
        if (predictor == null) {
            throw new InferenceException(InferenceException.Kind.BUSY, "no predictor free for " + key, null);
        }
        long acquired = System.nanoTime();
        try {
            DemoResult result = predictor.predict(input);
            long done = System.nanoTime();
            return new InferenceResult(result, TimeUnit.NANOSECONDS.toMillis(acquired - start), TimeUnit.NANOSECONDS.toMillis(done - acquired));
        } catch (TranslateException | RuntimeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidInputException invalid) {
                throw new InferenceException(InferenceException.Kind.INVALID_INPUT, invalid.getMessage(), invalid);
            }
            throw new InferenceException(InferenceException.Kind.FAILED, e.getMessage(), e);
        } finally {
            model.predictors().add(predictor);
        }
    }

    @Override
    public void destroy() {
        models.values().forEach(LoadedModel::close);
        models.clear();
    }
}
