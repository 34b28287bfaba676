package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.demo.Refusal.Reason;
import com.lepton.caselibrary.inference.InferenceException;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceResult;
import com.lepton.caselibrary.inference.PrivateModels;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.serving.RoutedInference;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Limit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs a case's demo: checks the input ({@link DemoInputs}), admits the run (quota, {@link DemoRunCap global cap}),
 * sends it through the shared pool and records the run (never the visitor's upload itself). Explanations are apart,
 * in {@link DemoExplanations}.
 */
@Service
@RequiredArgsConstructor
public class DemoService implements DisposableBean {

    private final PluginHost plugins;
    private final InferencePool pool;
    private final RoutedInference inference;
    private final DemoInputs inputs;
    private final DemoRunRepository runs;
    private final RunHistory history;
    private final DemoRateLimiter rateLimiter;
    private final DemoRunRetention retention;
    private final DemoRunCap runCap;
    /** Uncertainty bands of forecasts, from each model card's held-out errors. */
    private final ForecastBands bands = new ForecastBands();
    /** Demo runs wait for the pool on virtual threads, so the UI thread is never held. */
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * The visitor of the current request (call from a UI or request thread): hashed address and
     * session; a signed-in consultant's or administrator's session gets the consultant allowance.
     */
    public Requester currentVisitor() {
        Requester visitor = Visitors.current();
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user != null
                && user.isAuthenticated()
                && user.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_CONSULTANT")
                                || a.getAuthority().equals("ROLE_ADMIN"))) {
            rateLimiter.grantConsultantAllowance(visitor);
        }
        return visitor;
    }

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
    public CompletableFuture<DemoOutcome> submit(Supplier<DemoOutcome> run) {
        return CompletableFuture.supplyAsync(run, background)
                .exceptionally(failure -> new DemoOutcome.Refused(Refusal.failed()));
    }

    /** The live case with this id, if its model is loaded. */
    public Optional<LoadedCase> liveCase(String caseId) {
        return plugins.find(caseId).filter(loaded -> pool.isLoaded(CaseModels.modelKey(loaded)));
    }

    /** Runs one of the case's shipped samples. */
    public DemoOutcome runSample(LoadedCase loaded, Requester visitor, String sampleId) {
        return runSample(loaded, ModelChoice.shipped(loaded), visitor, sampleId);
    }

    /** Runs one of the case's shipped samples through the chosen model. */
    public DemoOutcome runSample(LoadedCase loaded, ModelChoice model, Requester visitor, String sampleId) {
        Optional<DemoSample> sample = loaded.plugin().demo().samples().stream()
                .filter(s -> s.id().equals(sampleId))
                .findFirst();
        if (sample.isEmpty()) {
            return new DemoOutcome.Refused(Refusal.failed());
        }
        return runChecked(loaded, model, visitor, sampleId, () -> inputs.sample(loaded, sample.get()));
    }

    /** Runs a drawing sent by the canvas as a PNG data URL, with the same limits as an upload. */
    public DemoOutcome runDrawing(LoadedCase loaded, Requester visitor, String dataUrl) {
        return runChecked(
                loaded, ModelChoice.shipped(loaded), visitor, null, () -> RunInput.of(inputs.drawing(dataUrl)));
    }

    /** Runs an uploaded image. */
    public DemoOutcome runUpload(LoadedCase loaded, Requester visitor, byte[] upload) {
        return runUpload(loaded, ModelChoice.shipped(loaded), visitor, upload);
    }

    /** Runs an uploaded image through the chosen model. */
    public DemoOutcome runUpload(LoadedCase loaded, ModelChoice model, Requester visitor, byte[] upload) {
        return runChecked(loaded, model, visitor, null, () -> RunInput.of(inputs.image(upload)));
    }

    /** Runs a pasted or uploaded series (CSV or one value per line). */
    public DemoOutcome runSeries(LoadedCase loaded, Requester visitor, String csv) {
        return runSeries(loaded, ModelChoice.shipped(loaded), visitor, csv);
    }

    /** Runs a series through the chosen model. */
    public DemoOutcome runSeries(LoadedCase loaded, ModelChoice model, Requester visitor, String csv) {
        return runChecked(loaded, model, visitor, null, () -> RunInput.of(inputs.series(csv)));
    }

    /** Runs a typed or pasted message. */
    public DemoOutcome runText(LoadedCase loaded, Requester visitor, String text) {
        return runText(loaded, ModelChoice.shipped(loaded), visitor, text);
    }

    /** Runs a message through the chosen model. */
    public DemoOutcome runText(LoadedCase loaded, ModelChoice model, Requester visitor, String text) {
        return runChecked(loaded, model, visitor, null, () -> RunInput.of(inputs.text(text)));
    }

    /** Turns raw input into what the run feeds the model, refusing it with a translation key. */
    @FunctionalInterface
    private interface InputReader {
        RunInput read() throws DemoInputException;
    }

    private DemoOutcome runChecked(
            LoadedCase loaded, ModelChoice model, Requester visitor, String sampleId, InputReader reader) {
        if (plugins.find(loaded.caseId())
                .filter(current -> current.pluginId().equals(loaded.pluginId()))
                .isEmpty()) {
            // The plugin was disabled or replaced while the visitor was on the page.
            return DemoOutcome.withdrawn();
        }
        // The start-up warm-up runs before any visitor is let in; it must leave the quotas as it found them.
        OptionalInt wait = visitor.warmUp() ? OptionalInt.empty() : rateLimiter.tryRun(visitor);
        if (wait.isPresent()) {
            // No run record: the quota counts its refusals (lepton.demo.quota.refused), so a flood adds no rows.
            return DemoOutcome.refused(Reason.RATE_LIMITED, "demo.error.ratelimited", wait.getAsInt());
        }
        RunRecorder records = recorder(visitor, loaded, model, sampleId);
        RunInput input;
        try {
            input = reader.read();
        } catch (DemoInputException e) {
            records.refused(DemoRun.Outcome.INVALID_INPUT, e.messageKey());
            return new DemoOutcome.Refused(Refusal.of(e));
        }
        return runCap.runIfFree(() -> runAdmitted(loaded, model, visitor, input, records))
                .orElseGet(() -> {
                    records.refused(DemoRun.Outcome.BUSY, "concurrent run cap reached");
                    return DemoOutcome.refused(Reason.BUSY, "demo.error.busy", 1);
                });
    }

    private DemoOutcome runAdmitted(
            LoadedCase loaded, ModelChoice model, Requester visitor, RunInput fed, RunRecorder records) {
        String version = model.version();
        DemoInput input = fed.input();
        try {
            // A private model lives in this portal's pool only, even when demos go to a remote one. A client model
            // is served with its case's adapter, so it takes a sample's kept tensors too.
            InferenceResult answer = PrivateModels.isPrivate(model.key())
                    ? pool.predict(model.key(), visitor, input, fed.tensors())
                    : inference.predict(model.key(), loaded.plugin().adapter(), visitor, input, fed.tensors());
            DemoRun run = records.succeeded(answer.queueMs(), answer.computeMs(), topClass(answer.result()));
            return new DemoOutcome.Success(
                    answer.result(),
                    version,
                    answer.queueMs(),
                    answer.computeMs(),
                    input,
                    bands.of(loaded, answer.result()).orElse(null),
                    run);
        } catch (InferenceException e) {
            DemoRun.Outcome outcome = switch (e.kind()) {
                case BUSY, TIMEOUT -> DemoRun.Outcome.BUSY;
                case INVALID_INPUT -> DemoRun.Outcome.INVALID_INPUT;
                default -> DemoRun.Outcome.FAILED;
            };
            records.refused(outcome, e.getMessage());
            if (e.kind() == InferenceException.Kind.INVALID_INPUT) {
                return new DemoOutcome.Refused(
                        e.getCause() instanceof InvalidInputException invalid
                                ? Refusal.byPlugin(invalid.userMessage())
                                : Refusal.failed());
            }
            return new DemoOutcome.Refused(Refusal.of(e));
        }
    }

    /** How often the case's demo ran successfully and its median model time over the last 200 runs. */
    public DemoStats stats(String caseId) {
        List<Long> recent = Stream.concat(
                        history.pendingComputeMs(caseId).stream(), runs.recentComputeMs(caseId, Limit.of(200)).stream())
                .limit(200)
                .sorted()
                .toList();
        long median = recent.isEmpty() ? 0 : recent.get(recent.size() / 2);
        return new DemoStats(
                runs.countSuccesses(caseId) + retention.foldedSuccesses(caseId) + history.pendingSuccesses(caseId),
                median);
    }

    /**
     * The recorder of a run, whose records the history writes in the background ({@link RunHistory}); the
     * start-up warm-up's runs are not history, and runs of a private model are its owner's, not visitors' demos
     * (deleting the model leaves nothing behind).
     */
    private RunRecorder recorder(Requester visitor, LoadedCase loaded, ModelChoice model, String sampleId) {
        return new RunRecorder(
                history,
                !visitor.warmUp() && !PrivateModels.isPrivate(model.key()),
                loaded.caseId(),
                model.version(),
                loaded.plugin().demo().inputKind().name(),
                sampleId);
    }

    private static String topClass(DemoResult result) {
        return result instanceof DemoResult.Classification classification
                ? classification.top().key()
                : null;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
