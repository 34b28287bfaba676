package com.lepton.caselibrary.demo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.SeriesField;
import com.lepton.caselibrary.demo.Refusal.Reason;
import com.lepton.caselibrary.inference.InferenceException;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * What a demo result rests on: why the model chose its class (occlusion, see {@link Explainer}) and the input as
 * the model received it. Apart from the runner ({@link DemoService}) because only the page asks for these.
 */
@Service
@RequiredArgsConstructor
public class DemoExplanations implements DisposableBean {

    private final Explainer explainer;
    private final DemoRateLimiter rateLimiter;
    /** Explanations wait for the pool on virtual threads, so the UI thread is never held. */
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    /** An explanation, or the refusal saying why there is none. */
    public record Explained(Explanation explanation, Refusal refusal) {

        public String messageKey() {
            return refusal == null ? null : refusal.messageKey();
        }
    }

    /** Runs an explanation off the UI thread, like a demo run. */
    public CompletableFuture<Explained> submit(Supplier<Explained> explain) {
        return CompletableFuture.supplyAsync(explain, background)
                .exceptionally(failure -> new Explained(null, Refusal.failed()));
    }

    /**
     * Explains a classification by occlusion (images: a grid of covered cells; messages: each word left out; named
     * measurements: each set to its typical value).
     * Costs one run of the visitor's quota; the variants share batches in the pool.
     */
    public Explained explain(LoadedCase loaded, Requester visitor, DemoInput input) {
        OptionalInt wait = rateLimiter.tryRun(visitor);
        if (wait.isPresent()) {
            return new Explained(null, Refusal.of(Reason.RATE_LIMITED, "demo.error.ratelimited", wait.getAsInt()));
        }
        try {
            Explanation explanation = switch (input) {
                case DemoInput.Image image -> explainer.occlusion(CaseModels.modelKey(loaded), visitor, image.image());
                case DemoInput.Text text -> explainer.words(CaseModels.modelKey(loaded), visitor, text.text());
                case DemoInput.Series series -> {
                    List<SeriesField> fields = loaded.plugin().demo().seriesFields();
                    yield fields.isEmpty()
                            ? null
                            : explainer.features(CaseModels.modelKey(loaded), visitor, series.values(), fields);
                }
            };
            return explanation == null
                    ? new Explained(null, Refusal.of(Reason.UNSUPPORTED, "demo.explain.unsupported"))
                    : new Explained(explanation, null);
        } catch (InferenceException e) {
            return new Explained(null, Refusal.of(e));
        }
    }

    /**
     * The input as the model sees it, when it is an image: the plugin's tensor for it (height x width x channels,
     * values in [0, 1]) drawn back as a picture. Empty for other inputs.
     */
    public Optional<BufferedImage> modelView(LoadedCase loaded, DemoInput input) {
        if (!(input instanceof DemoInput.Image)) {
            return Optional.empty();
        }
        try (NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            NDArray tensor = loaded.plugin().adapter().toTensors(manager, input).get(0);
            return ModelViews.picture(
                    tensor.getShape().getShape(),
                    tensor.toType(DataType.FLOAT32, false).toFloatArray());
        } catch (InvalidInputException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
