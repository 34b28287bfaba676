package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.inference.InferenceException;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceResult;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.serving.RoutedInference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/**
 * Runs a case's demo: checks and decodes the input, sends it through the shared pool and
 * records the run (never the visitor's upload itself).
 */
@Service
public class DemoService implements org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoService.class);

    private final PluginHost plugins;
    private final InferencePool pool;
    private final RoutedInference inference;
    private final Explainer explainer;
    private final ImageDecoder images;
    private final DemoRunRepository runs;
    private final RunHistory history;
    private final DemoProperties limits;
    private final SeriesParser series;
    private final DemoRateLimiter rateLimiter;
    private final DemoRunRetention retention;
    private final SampleInputs samples;
    /** Uncertainty bands of forecasts, from each model card's held-out errors. */
    private final ForecastBands bands = new ForecastBands();

    public DemoService(
            PluginHost plugins,
            InferencePool pool,
            RoutedInference inference,
            Explainer explainer,
            ImageDecoder images,
            DemoRunRepository runs,
            RunHistory history,
            DemoProperties limits,
            DemoRateLimiter rateLimiter,
            DemoRunRetention retention,
            SampleInputs samples) {
        this.retention = retention;
        this.samples = samples;
        this.history = history;
        this.inference = inference;
        this.explainer = explainer;
        this.rateLimiter = rateLimiter;
        this.plugins = plugins;
        this.pool = pool;
        this.images = images;
        this.runs = runs;
        this.limits = limits;
        this.series = new SeriesParser(limits.maxSeriesPoints());
        this.runsInProgress = new java.util.concurrent.Semaphore(limits.maxConcurrentRuns());
    }

    /** The global cap on demo runs in progress, across cases and visitors ({@code lepton.demo.max-concurrent-runs}). */
    private final java.util.concurrent.Semaphore runsInProgress;

    /**
     * The visitor of the current request (call from a UI or request thread): hashed address and
     * session; a signed-in consultant's or administrator's session gets the consultant allowance.
     */
    public Requester currentVisitor() {
        Requester visitor = Visitors.current();
        org.springframework.security.core.Authentication user =
                org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication();
        if (user != null
                && user.isAuthenticated()
                && user.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_CONSULTANT")
                                || a.getAuthority().equals("ROLE_ADMIN"))) {
            rateLimiter.grantConsultantAllowance(visitor);
        }
        return visitor;
    }

    /** Demo runs wait for the pool on virtual threads, so the UI thread is never held. */
    private final java.util.concurrent.ExecutorService background =
            java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

    /**
     * What a visitor starting a run now can expect.
     *
     * @param ahead           requests already waiting for the model
     * @param estimatedWaitMs rough wait before this one is computed
     */
    public record Pending(int ahead, long estimatedWaitMs) {}

    /** The queue in front of a case's model now. */
    public Pending pending(LoadedCase loaded) {
        String key = CaseModels.modelKey(loaded);
        return new Pending(pool.queueLength(key), pool.estimatedWait(key).toMillis());
    }

    /** Runs a demo call in the background; the future never fails (a failure is an outcome). */
    /** Runs an explanation off the UI thread, like a demo run. */
    public java.util.concurrent.CompletableFuture<Explained> submitExplanation(
            java.util.function.Supplier<Explained> explain) {
        return java.util.concurrent.CompletableFuture.supplyAsync(explain, background);
    }

    public java.util.concurrent.CompletableFuture<DemoOutcome> submit(java.util.function.Supplier<DemoOutcome> run) {
        return java.util.concurrent.CompletableFuture.supplyAsync(run, background)
                .exceptionally(failure -> DemoOutcome.refused("demo.error.failed"));
    }

    /** The live case with this id, if its model is loaded. */
    public Optional<LoadedCase> liveCase(String caseId) {
        return plugins.find(caseId).filter(loaded -> pool.isLoaded(CaseModels.modelKey(loaded)));
    }

    /** Runs one of the case's shipped samples. */
    public DemoOutcome runSample(LoadedCase loaded, Requester visitor, String sampleId) {
        Optional<DemoSample> sample = loaded.plugin().demo().samples().stream()
                .filter(s -> s.id().equals(sampleId))
                .findFirst();
        if (sample.isEmpty()) {
            return DemoOutcome.refused("demo.error.failed");
        }
        return runChecked(loaded, visitor, sampleId, () -> sampleInput(loaded, sample.get()));
    }

    /**
     * A shipped sample as the model's input, with the same checks as a visitor's input; decoded once
     * per loaded plugin ({@link SampleInputs}).
     */
    public DemoInput sampleInput(LoadedCase loaded, DemoSample sample) throws DemoInputException {
        return samples.get(loaded, sample, () -> decodeSample(loaded, sample));
    }

    /** Reads and decodes a shipped sample from the plugin jar, every time (what the cache holds; tests compare). */
    public DemoInput decodeSample(LoadedCase loaded, DemoSample sample) throws DemoInputException {
        byte[] bytes =
                loaded.resource(sample.resourcePath()).orElseThrow(() -> new DemoInputException("demo.error.failed"));
        return switch (loaded.plugin().demo().inputKind()) {
            case IMAGE -> new DemoInput.Image(images.decode(bytes));
            case SERIES -> seriesInput(new String(bytes, StandardCharsets.UTF_8));
            case TEXT -> textInput(new String(bytes, StandardCharsets.UTF_8));
        };
    }

    /** Runs a drawing sent by the canvas as a PNG data URL, with the same limits as an upload. */
    public DemoOutcome runDrawing(LoadedCase loaded, Requester visitor, String dataUrl) {
        return runChecked(
                loaded,
                visitor,
                null,
                () -> new DemoInput.Image(images.decode(DataUrls.png(dataUrl, limits.maxUploadBytes()))));
    }

    /** Runs an uploaded image. */
    public DemoOutcome runUpload(LoadedCase loaded, Requester visitor, byte[] upload) {
        return runChecked(loaded, visitor, null, () -> new DemoInput.Image(images.decode(upload)));
    }

    /** Runs a pasted or uploaded series (CSV or one value per line). */
    public DemoOutcome runSeries(LoadedCase loaded, Requester visitor, String csv) {
        return runChecked(loaded, visitor, null, () -> seriesInput(csv));
    }

    /** Runs a typed or pasted message. */
    public DemoOutcome runText(LoadedCase loaded, Requester visitor, String text) {
        return runChecked(loaded, visitor, null, () -> textInput(text));
    }

    private DemoInput seriesInput(String csv) throws DemoInputException {
        if (csv == null || csv.length() > limits.maxSeriesPoints() * 40) {
            throw new DemoInputException("demo.error.series.toomany", limits.maxSeriesPoints());
        }
        return new DemoInput.Series(series.parse(csv));
    }

    private DemoInput textInput(String text) throws DemoInputException {
        if (text == null || text.isBlank()) {
            throw new DemoInputException("demo.error.text.empty");
        }
        if (text.length() > limits.maxTextChars()) {
            throw new DemoInputException("demo.error.text.toolong", limits.maxTextChars());
        }
        return new DemoInput.Text(text);
    }

    /** Turns raw input into a {@link DemoInput}, refusing it with a translation key. */
    @FunctionalInterface
    private interface InputReader {
        DemoInput read() throws DemoInputException;
    }

    private DemoOutcome runChecked(LoadedCase loaded, Requester visitor, String sampleId, InputReader reader) {
        if (plugins.find(loaded.caseId())
                .filter(current -> current.pluginId().equals(loaded.pluginId()))
                .isEmpty()) {
            // The plugin was disabled or replaced while the visitor was on the page.
            return DemoOutcome.refused("demo.error.withdrawn");
        }
        String version = loaded.plugin().model().version();
        java.util.OptionalInt wait = rateLimiter.tryRun(visitor);
        if (wait.isPresent()) {
            // No run record: the quota counts its refusals (lepton.demo.quota.refused), so a flood adds no rows.
            return DemoOutcome.refused("demo.error.ratelimited", wait.getAsInt());
        }
        DemoInput input;
        try {
            input = reader.read();
        } catch (DemoInputException e) {
            record(loaded, version, sampleId, 0, 0, DemoRun.Outcome.INVALID_INPUT, null, e.messageKey());
            return DemoOutcome.refused(e.messageKey(), e.arguments());
        }
        return run(loaded, visitor, version, input, sampleId);
    }

    private DemoOutcome run(LoadedCase loaded, Requester visitor, String version, DemoInput input, String sampleId) {
        if (!runsInProgress.tryAcquire()) {
            record(loaded, version, sampleId, 0, 0, DemoRun.Outcome.BUSY, null, "concurrent run cap reached");
            return DemoOutcome.refused("demo.error.busy", 1);
        }
        try {
            return runAdmitted(loaded, visitor, version, input, sampleId);
        } finally {
            runsInProgress.release();
        }
    }

    private DemoOutcome runAdmitted(
            LoadedCase loaded, Requester visitor, String version, DemoInput input, String sampleId) {
        try {
            InferenceResult answer = inference.predict(
                    CaseModels.modelKey(loaded), loaded.plugin().adapter(), visitor, input);
            DemoRun run = record(
                    loaded,
                    version,
                    sampleId,
                    answer.queueMs(),
                    answer.computeMs(),
                    DemoRun.Outcome.SUCCESS,
                    topClass(answer.result()),
                    null);
            return DemoOutcome.success(
                    answer.result(),
                    version,
                    answer.queueMs(),
                    answer.computeMs(),
                    input,
                    bands.of(loaded, answer.result()).orElse(null),
                    run);
        } catch (InferenceException e) {
            return switch (e.kind()) {
                case BUSY -> {
                    record(loaded, version, sampleId, 0, 0, DemoRun.Outcome.BUSY, null, e.getMessage());
                    yield DemoOutcome.refused("demo.error.busy", e.retryAfterSeconds());
                }
                case TIMEOUT -> {
                    record(loaded, version, sampleId, 0, 0, DemoRun.Outcome.BUSY, null, e.getMessage());
                    yield DemoOutcome.refused("demo.error.timeout");
                }
                case INVALID_INPUT -> {
                    record(loaded, version, sampleId, 0, 0, DemoRun.Outcome.INVALID_INPUT, null, e.getMessage());
                    yield e.getCause() instanceof InvalidInputException invalid
                            ? DemoOutcome.refusedByPlugin(invalid.userMessage())
                            : DemoOutcome.refused("demo.error.failed");
                }
                case UNAVAILABLE -> {
                    record(loaded, version, sampleId, 0, 0, DemoRun.Outcome.FAILED, null, e.getMessage());
                    yield DemoOutcome.refused("demo.error.unavailable");
                }
                default -> {
                    record(loaded, version, sampleId, 0, 0, DemoRun.Outcome.FAILED, null, e.getMessage());
                    yield DemoOutcome.refused("demo.error.failed");
                }
            };
        }
    }

    /**
     * Explains a classification by occlusion (images: a grid of covered cells; messages: each word
     * left out). Costs one run of the visitor's quota; the variants share batches in the pool.
     */
    public Explained explain(LoadedCase loaded, Requester visitor, DemoInput input) {
        java.util.OptionalInt wait = rateLimiter.tryRun(visitor);
        if (wait.isPresent()) {
            return Explained.refused("demo.error.ratelimited", wait.getAsInt());
        }
        try {
            Explanation explanation = switch (input) {
                case DemoInput.Image image -> explainer.occlusion(CaseModels.modelKey(loaded), visitor, image.image());
                case DemoInput.Text text -> explainer.words(CaseModels.modelKey(loaded), visitor, text.text());
                case DemoInput.Series series -> null;
            };
            return explanation == null
                    ? Explained.refused("demo.explain.unsupported")
                    : new Explained(explanation, null, new Object[0]);
        } catch (InferenceException e) {
            return switch (e.kind()) {
                case BUSY -> Explained.refused("demo.error.busy", e.retryAfterSeconds());
                case TIMEOUT -> Explained.refused("demo.error.timeout");
                case UNAVAILABLE -> Explained.refused("demo.error.unavailable");
                default -> Explained.refused("demo.error.failed");
            };
        }
    }

    /**
     * The input as the model sees it, when it is an image: the plugin's tensor for it (height x
     * width x channels, values in [0, 1]) drawn back as a picture. Empty for other inputs.
     */
    public Optional<java.awt.image.BufferedImage> modelView(LoadedCase loaded, DemoInput input) {
        if (!(input instanceof DemoInput.Image)) {
            return Optional.empty();
        }
        try (ai.djl.ndarray.NDManager manager = ai.djl.ndarray.NDManager.newBaseManager("TensorFlow")) {
            ai.djl.ndarray.NDArray tensor =
                    loaded.plugin().adapter().toTensors(manager, input).get(0);
            return ModelViews.picture(
                    tensor.getShape().getShape(),
                    tensor.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray());
        } catch (InvalidInputException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** An explanation, or the message key saying why there is none. */
    public record Explained(Explanation explanation, String messageKey, Object[] messageArgs) {

        static Explained refused(String messageKey, Object... args) {
            return new Explained(null, messageKey, args);
        }
    }

    /** How often the case's demo ran successfully and its median model time over the last 200 runs. */
    public DemoStats stats(String caseId) {
        List<Long> recent =
                runs.recentComputeMs(caseId, Limit.of(200)).stream().sorted().toList();
        long median = recent.isEmpty() ? 0 : recent.get(recent.size() / 2);
        return new DemoStats(
                runs.countSuccesses(caseId) + retention.foldedSuccesses(caseId) + history.pendingSuccesses(caseId),
                median);
    }

    /**
     * Hands the run to the history, which writes it in the background ({@link RunHistory}).
     *
     * @return the run's record
     */
    private DemoRun record(
            LoadedCase loaded,
            String version,
            String sampleId,
            long queueMs,
            long computeMs,
            DemoRun.Outcome outcome,
            String topClass,
            String message) {
        String kind = loaded.plugin().demo().inputKind().name();
        DemoRun run =
                new DemoRun(loaded.caseId(), version, kind, sampleId, queueMs, computeMs, outcome, topClass, message);
        history.record(run);
        return run;
    }

    private static String topClass(DemoResult result) {
        return result instanceof DemoResult.Classification classification
                ? classification.top().key()
                : null;
    }

    /** The top-k of a classification, for views. */
    public static List<ClassScore> topK(DemoResult.Classification classification, int k) {
        return classification.top(k);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
