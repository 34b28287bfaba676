package com.lepton.caselibrary.serving;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.inference.InferenceException;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceResult;
import com.lepton.caselibrary.inference.ModelSignature;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.inference.SampleTensors;
import com.lepton.caselibrary.inference.TensorData;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Where a demo runs: on the local pool, or, when {@code lepton.serving.remote.url} is set, on a
 * remote Open Inference Protocol server (Triton, or another portal). The plugin's adapter still
 * turns the input into tensors and the outputs into a result here. When the remote server
 * fails, it is left alone for a while and demos run on the local pool (or are refused with a
 * clear message when fallback is off); it is tried again after that, so recovery needs no one.
 */
@Service
public class RoutedInference {

    private static final Logger log = LoggerFactory.getLogger(RoutedInference.class);

    private final InferencePool pool;
    private final ServingProperties.Remote remote;
    private final OpenInferenceClient client;
    private final MeterRegistry meters;
    private final Map<String, ModelSignature> remoteSignatures = new ConcurrentHashMap<>();
    private volatile long remoteDownUntilNanos;

    public RoutedInference(InferencePool pool, ServingProperties properties, MeterRegistry meters) {
        this.pool = pool;
        this.remote = properties.remote();
        this.client = remote.enabled() ? new OpenInferenceClient(remote.url(), remote.timeout(), remote.token()) : null;
        this.meters = meters;
        if (remote.enabled()) {
            log.info(
                    "Demos run on the remote inference server {} (fallback to the local pool: {})",
                    remote.url(),
                    remote.fallback());
        }
    }

    /** Runs one demo input through the case's model, wherever it is served. */
    public InferenceResult predict(String key, DataAdapter adapter, Requester requester, DemoInput input)
            throws InferenceException {
        return predict(key, adapter, requester, input, null);
    }

    /**
     * As {@link #predict(String, DataAdapter, Requester, DemoInput)}, for a shipped sample whose tensors the local
     * pool keeps in {@code sample} after its first run. A remote server is sent what the adapter makes each time.
     */
    public InferenceResult predict(
            String key, DataAdapter adapter, Requester requester, DemoInput input, SampleTensors sample)
            throws InferenceException {
        if (client == null) {
            return pool.predict(key, requester, input, sample);
        }
        if (System.nanoTime() - remoteDownUntilNanos < 0) {
            return fallback(key, requester, input, sample, "the remote inference server failed recently");
        }
        try {
            InferenceResult result = remotely(key, adapter, input);
            count("remote");
            return result;
        } catch (OpenInferenceClient.RemoteException e) {
            if (e.status() == 400) {
                count("refused");
                throw new InferenceException(InferenceException.Kind.INVALID_INPUT, e.getMessage(), e);
            }
            if (e.status() == 503 && e.retryAfterSeconds() > 0) {
                count("busy");
                throw new InferenceException(InferenceException.Kind.BUSY, e.getMessage(), e, e.retryAfterSeconds());
            }
            markDown(e);
            return fallback(key, requester, input, sample, e.getMessage());
        } catch (IOException e) {
            markDown(e);
            return fallback(key, requester, input, sample, e.getMessage());
        }
    }

    /** Whether demos currently go to a remote server. */
    public boolean usesRemote() {
        return client != null && System.nanoTime() - remoteDownUntilNanos >= 0;
    }

    private InferenceResult remotely(String key, DataAdapter adapter, DemoInput input)
            throws IOException, InferenceException {
        ModelSignature signature = remoteSignatures.get(key);
        if (signature == null) {
            signature = client.metadata(key);
            remoteSignatures.put(key, signature);
        }
        long start = System.nanoTime();
        try (NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            NDList tensors = adapter.toTensors(manager, input);
            if (tensors.size() != signature.inputs().size()) {
                remoteSignatures.remove(key);
                throw new IOException("the remote model " + key + " takes "
                        + signature.inputs().size() + " input(s), the adapter made " + tensors.size());
            }
            List<TensorData> inputs = new ArrayList<>();
            for (int i = 0; i < tensors.size(); i++) {
                inputs.add(TensorData.stack(
                        List.of(TensorData.of(signature.inputs().get(i).name(), tensors.get(i)))));
            }
            List<TensorData> outputs = client.infer(key, inputs);
            NDList results = new NDList();
            for (TensorData output : outputs) {
                NDArray array = output.example(0).toArray(manager);
                results.add(array);
            }
            DemoResult result = adapter.toResult(results);
            return new InferenceResult(result, 0, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), 1);
        } catch (InvalidInputException e) {
            throw new InferenceException(InferenceException.Kind.INVALID_INPUT, e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException("the remote answer for " + key + " does not fit the model: " + e.getMessage(), e);
        }
    }

    private InferenceResult fallback(String key, Requester requester, DemoInput input, SampleTensors sample, String why)
            throws InferenceException {
        if (remote.fallback() && pool.isLoaded(key)) {
            count("fallback");
            return pool.predict(key, requester, input, sample);
        }
        count("unavailable");
        throw new InferenceException(
                InferenceException.Kind.UNAVAILABLE, "the remote inference server cannot be used: " + why, null);
    }

    private void markDown(IOException e) {
        remoteDownUntilNanos = System.nanoTime() + remote.retryAfter().toNanos();
        remoteSignatures.clear();
        log.warn(
                "Remote inference server {} failed ({}); using {} for {}",
                remote.url(),
                e.getMessage(),
                remote.fallback() ? "the local pool" : "nothing",
                remote.retryAfter());
    }

    private void count(String outcome) {
        meters.counter("lepton.inference.remote", "outcome", outcome).increment();
    }
}
