package com.lepton.caselibrary.inference;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.InvalidInputException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
public class InferencePool implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InferencePool.class);
    static final String ENGINE = "TensorFlow";

    private final InferenceProperties properties;
    private final MeterRegistry meters;
    private final Map<String, ServedModel> models = new ConcurrentHashMap<>();
    private Device device;

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
    public void register(String key, String version, Path savedModel, DataAdapter adapter, DemoInput warmUp)
            throws IOException {
        register(key, version, savedModel, adapter, warmUp, properties.settingsFor(key));
    }

    /** As {@link #register(String, String, Path, DataAdapter, DemoInput)}, with explicit settings. */
    public void register(
            String key,
            String version,
            Path savedModel,
            DataAdapter adapter,
            DemoInput warmUp,
            InferenceProperties.BatchSettings settings)
            throws IOException {
        // The engine must be initialised before any TensorFlow class is touched, or the JNI library is not found.
        Engine.getEngine(ENGINE);
        Criteria.Builder<NDList, NDList> builder = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(savedModel)
                .optEngine(ENGINE)
                .optDevice(device());
        if (!properties.graphOptimizer()) {
            builder.optOption(SessionConfigs.OPTION, SessionConfigs.withoutGraphOptimizer());
        }
        Criteria<NDList, NDList> criteria = builder.build();
        ZooModel<NDList, NDList> model;
        try {
            model = criteria.loadModel();
        } catch (ModelNotFoundException | MalformedModelException | RuntimeException e) {
            throw new IOException("model " + key + " cannot be loaded from " + savedModel + ": " + e.getMessage(), e);
        }
        ModelSignature declared = Signatures.declared(model);
        AdapterTranslator translator = new AdapterTranslator(
                adapter,
                declared.outputs().stream().map(ModelSignature.Tensor::name).toList());
        ServedModel served = new ServedModel(key, version, savedModel, declared, model, translator, settings, meters);
        if (warmUp != null) {
            try {
                PendingRequest.Answer answer = served.warmUp(new ModelInput.Demo(warmUp, true));
                answer.output().demoResult();
                served.describe(Signatures.observed(declared, model, adapter, warmUp, answer.output()));
                served.resetThroughput();
            } catch (InferenceException | InvalidInputException | RuntimeException e) {
                served.close();
                throw new IOException("model " + key + " fails on its warm-up input: " + e.getMessage(), e);
            }
        }
        ServedModel previous = models.put(key, served);
        if (previous != null) {
            previous.close();
        }
        log.info(
                "Model {} {} ready on {}: {} predictor(s), batches of up to {}, queue {}",
                key,
                version,
                model.getNDManager().getDevice(),
                settings.predictors(),
                settings.maxBatchSize(),
                settings.queueCapacity());
    }

    /** The GPU when the engine finds CUDA (the {@code gpu} build), else the CPU; decided once. */
    private synchronized Device device() {
        if (device == null) {
            device = ComputeDevice.choose(ENGINE);
        }
        return device;
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
        return Optional.ofNullable(models.get(key))
                .map(ServedModel::queueLength)
                .orElse(0);
    }

    /** Workers of a model inside a batch now (pre-processing, forward pass, post-processing). */
    public int busyWorkers(String key) {
        return Optional.ofNullable(models.get(key))
                .map(ServedModel::busyWorkers)
                .orElse(0);
    }

    /**
     * What the pool has measured of a model since it was loaded: requests answered and the compute
     * time of their batches (the warm-up excluded), on the device it runs on.
     */
    public Optional<ModelThroughput> throughput(String key) {
        int threads = Integer.getInteger(
                "ai.djl.tensorflow.num_intraop_threads", Runtime.getRuntime().availableProcessors());
        boolean gpu = device != null && device.isGpu();
        return Optional.ofNullable(models.get(key)).map(model -> model.throughput(threads, gpu));
    }

    /** A rough wait for a request joining the model's queue now. */
    public Duration estimatedWait(String key) {
        return Optional.ofNullable(models.get(key))
                .map(ServedModel::estimatedWait)
                .orElse(Duration.ZERO);
    }

    /** Runs one input through a model, for a requester known only by name (tools, benchmarks). */
    public InferenceResult predict(String key, String visitor, DemoInput input) throws InferenceException {
        return predict(key, Requester.of(visitor), input);
    }

    /**
     * Runs one input through a model.
     *
     * @param requester who asks, for fair turns between client addresses and sessions
     */
    public InferenceResult predict(String key, Requester requester, DemoInput input) throws InferenceException {
        return predict(key, requester, input, null);
    }

    /**
     * Runs a shipped sample through a model: once a run has kept its tensors in {@code sample}, they are fed to the
     * model and the adapter is skipped (a model served with another adapter runs its own).
     */
    public InferenceResult predict(String key, Requester requester, DemoInput input, SampleTensors sample)
            throws InferenceException {
        return result(key, served(key).predict(requester, new ModelInput.Demo(input, sample)));
    }

    /**
     * Runs several inputs through a model at once: all join its queue before any answer is
     * awaited, so they travel in shared batches (an explanation's occluded variants, for one).
     */
    public List<InferenceResult> predictAll(String key, Requester requester, List<DemoInput> inputs)
            throws InferenceException {
        ServedModel model = served(key);
        List<PendingRequest> queued = new ArrayList<>(inputs.size());
        for (DemoInput input : inputs) {
            queued.add(model.submit(requester, new ModelInput.Demo(input)));
        }
        List<InferenceResult> results = new ArrayList<>(inputs.size());
        for (PendingRequest request : queued) {
            results.add(result(key, model.await(request)));
        }
        return results;
    }

    private static InferenceResult result(String key, PendingRequest.Answer answer) throws InferenceException {
        try {
            return new InferenceResult(
                    answer.output().demoResult(), answer.queueMs(), answer.computeMs(), answer.batchSize());
        } catch (RuntimeException e) {
            throw new InferenceException(
                    InferenceException.Kind.FAILED, "the adapter of " + key + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs raw tensors through a model, as the Open Inference Protocol asks: each input carries
     * the batch as its first dimension. The examples join the model's queue one by one, so they
     * are batched with whatever else waits, and the outputs are stacked back in order.
     *
     * @throws InferenceException {@code INVALID_INPUT} when the tensors do not match the signature
     */
    public List<TensorData> infer(String key, Requester requester, List<TensorData> inputs) throws InferenceException {
        ServedModel model = served(key);
        List<TensorData> ordered = Signatures.orderInputs(
                model.signature(), inputs, model.settings().maxBatchSize());
        int batch = (int) ordered.get(0).shape()[0];
        List<PendingRequest> queued = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            int example = i;
            queued.add(model.submit(
                    requester,
                    new ModelInput.Tensors(
                            ordered.stream().map(t -> t.example(example)).toList())));
        }
        List<List<TensorData>> answers = new ArrayList<>(batch);
        for (PendingRequest request : queued) {
            answers.add(model.await(request).output().tensors());
        }
        List<TensorData> outputs = new ArrayList<>();
        for (int o = 0; o < answers.get(0).size(); o++) {
            int output = o;
            outputs.add(TensorData.stack(
                    answers.stream().map(answer -> answer.get(output)).toList()));
        }
        return outputs;
    }

    /** The inputs and outputs of a loaded model. */
    public Optional<ModelSignature> signature(String key) {
        return Optional.ofNullable(models.get(key)).map(ServedModel::signature);
    }

    /** The SavedModel folder a loaded model was read from. */
    public Optional<Path> savedModel(String key) {
        return Optional.ofNullable(models.get(key)).map(ServedModel::savedModel);
    }

    /** The keys of the loaded public models (the cases' own): what the protocol, Triton export and health list. */
    public Set<String> loadedModels() {
        return models.keySet().stream()
                .filter(key -> !PrivateModels.isPrivate(key))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The batching settings a loaded model is served with. */
    public Optional<InferenceProperties.BatchSettings> settings(String key) {
        return Optional.ofNullable(models.get(key)).map(ServedModel::settings);
    }

    private ServedModel served(String key) throws InferenceException {
        ServedModel model = models.get(key);
        if (model == null) {
            throw new InferenceException(InferenceException.Kind.UNAVAILABLE, "model " + key + " is not loaded", null);
        }
        return model;
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
