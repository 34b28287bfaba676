package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.BatchDemo;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.PostBatch;
import com.lepton.caselibrary.inference.InferenceException;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceResult;
import com.lepton.caselibrary.inference.PrivateModels;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * Runs a batch of posts (plugin-api 1.3.0's {@link BatchDemo}): the pasted text is split with
 * {@link PostBatch#split} (its limits refuse it, in the visitor's language), every post goes through
 * the case's adapter and the shared pool together, and the classifications become a
 * {@link DemoResult.RiskSignal}. One batch counts as one run of the visitor's quota and one history record.
 */
@Service
@RequiredArgsConstructor
public class BatchDemoService {

    private final PluginHost plugins;
    private final InferencePool pool;
    private final RunHistory history;
    private final DemoRateLimiter rateLimiter;

    /** The case's batch demo, if it offers one. */
    public static Optional<BatchDemo> batchOf(LoadedCase loaded) {
        return Optional.ofNullable(loaded.plugin().demo().batch());
    }

    /** The case's shipped samples followed by its shipped batches: what a deck slide may preset. */
    public static List<DemoSample> allSamples(LoadedCase loaded) {
        List<DemoSample> all = new ArrayList<>(loaded.plugin().demo().samples());
        batchOf(loaded).ifPresent(batch -> all.addAll(batch.samples()));
        return all;
    }

    /** Whether {@code sampleId} names one of the case's shipped batches. */
    public static boolean isBatchSample(LoadedCase loaded, String sampleId) {
        return batchOf(loaded).stream()
                .flatMap(batch -> batch.samples().stream())
                .anyMatch(sample -> sample.id().equals(sampleId));
    }

    /** Runs a pasted batch, one post per line, oldest first. */
    public DemoOutcome run(LoadedCase loaded, Requester visitor, String pasted) {
        return run(loaded, ModelChoice.shipped(loaded), visitor, pasted);
    }

    /** Runs a pasted batch through the chosen model (the shipped one or the caller's client model). */
    public DemoOutcome run(LoadedCase loaded, ModelChoice model, Requester visitor, String pasted) {
        return run(loaded, model, visitor, pasted, null);
    }

    /** Runs one of the case's shipped batches. */
    public DemoOutcome runSample(LoadedCase loaded, Requester visitor, String sampleId) {
        Optional<DemoSample> sample = batchOf(loaded).stream()
                .flatMap(batch -> batch.samples().stream())
                .filter(s -> s.id().equals(sampleId))
                .findFirst();
        Optional<byte[]> bytes = sample.flatMap(s -> loaded.resource(s.resourcePath()));
        if (bytes.isEmpty()) {
            return new DemoOutcome.Refused(Refusal.failed());
        }
        return run(
                loaded,
                ModelChoice.shipped(loaded),
                visitor,
                new String(bytes.get(), StandardCharsets.UTF_8),
                sampleId);
    }

    /** Decodes an uploaded batch file strictly as UTF-8, so a wrongly encoded file is refused, not misread. */
    public static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private DemoOutcome run(LoadedCase loaded, ModelChoice model, Requester visitor, String pasted, String sampleId) {
        Optional<BatchDemo> batch = batchOf(loaded);
        if (batch.isEmpty()
                || plugins.find(loaded.caseId())
                        .filter(current -> current.pluginId().equals(loaded.pluginId()))
                        .isEmpty()) {
            return DemoOutcome.withdrawn();
        }
        String version = model.version();
        // A client model's runs are never written to the history, as for single runs.
        RunRecorder records = new RunRecorder(
                history, !PrivateModels.isPrivate(model.key()), loaded.caseId(), version, "TEXT_BATCH", sampleId);
        OptionalInt wait = rateLimiter.tryRun(visitor);
        if (wait.isPresent()) {
            records.refused(DemoRun.Outcome.BUSY, "rate limited");
            return DemoOutcome.refused(Refusal.Reason.RATE_LIMITED, "demo.error.ratelimited", wait.getAsInt());
        }
        PostBatch posts;
        try {
            posts = PostBatch.split(pasted == null ? "" : pasted);
        } catch (InvalidInputException e) {
            records.refused(DemoRun.Outcome.INVALID_INPUT, e.getMessage());
            return new DemoOutcome.Refused(Refusal.byPlugin(e.userMessage()));
        }
        List<DemoInput> inputs = new ArrayList<>();
        posts.posts().forEach(post -> inputs.add(new DemoInput.Text(post)));
        try {
            List<InferenceResult> answers = pool.predictAll(model.key(), visitor, inputs);
            List<DemoResult.Classification> classified = new ArrayList<>();
            long queueMs = 0;
            long computeMs = 0;
            for (InferenceResult answer : answers) {
                if (!(answer.result() instanceof DemoResult.Classification classification)) {
                    return new DemoOutcome.Refused(Refusal.failed());
                }
                classified.add(classification);
                queueMs = Math.max(queueMs, answer.queueMs());
                computeMs += answer.computeMs();
            }
            DemoResult.RiskSignal signal = new DemoResult.RiskSignal(
                    batch.get().riskClass(), batch.get().warningShare(), posts.posts(), classified);
            DemoRun run = records.succeeded(queueMs, computeMs, signal.warning() ? "warning" : "calm");
            return new DemoOutcome.Success(signal, version, queueMs, computeMs, null, null, run);
        } catch (InferenceException e) {
            if (e.kind() == InferenceException.Kind.INVALID_INPUT
                    && e.getCause() instanceof InvalidInputException invalid) {
                records.refused(DemoRun.Outcome.INVALID_INPUT, e.getMessage());
                return new DemoOutcome.Refused(Refusal.byPlugin(invalid.userMessage()));
            }
            DemoRun.Outcome outcome = switch (e.kind()) {
                case BUSY, TIMEOUT -> DemoRun.Outcome.BUSY;
                default -> DemoRun.Outcome.FAILED;
            };
            records.refused(outcome, e.getMessage());
            return new DemoOutcome.Refused(Refusal.of(e));
        }
    }
}
