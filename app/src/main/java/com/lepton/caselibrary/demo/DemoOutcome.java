package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.LocalizedText;

/**
 * The answer to one demo run: a result, or a message for the visitor.
 *
 * @param result       the model's result, or {@code null} when refused
 * @param modelVersion the version of the model that answered
 * @param queueMs      time waited for the model
 * @param computeMs    time the model took
 * @param messageKey   translation key of the refusal, or {@code null}
 * @param messageArgs  arguments of the refusal message
 * @param pluginMessage a refusal worded by the plugin (both languages), or {@code null}
 * @param input        the decoded input that was run, for views that show or explain it; never stored
 * @param band         for a forecast, its uncertainty band from the model's held-out errors, or {@code null}
 * @param run          the run's record in the history (written in the background, see {@link RunHistory}), or
 *                     {@code null} when refused
 */
public record DemoOutcome(
        DemoResult result,
        String modelVersion,
        long queueMs,
        long computeMs,
        String messageKey,
        Object[] messageArgs,
        LocalizedText pluginMessage,
        DemoInput input,
        ForecastBand band,
        DemoRun run) {

    static DemoOutcome success(
            DemoResult result,
            String modelVersion,
            long queueMs,
            long computeMs,
            DemoInput input,
            ForecastBand band,
            DemoRun run) {
        return new DemoOutcome(result, modelVersion, queueMs, computeMs, null, new Object[0], null, input, band, run);
    }

    /** The id of the run's record once it is written, else {@code null} ({@link RunHistory#idOf} writes it now). */
    public Long runId() {
        return run == null ? null : run.getId();
    }

    static DemoOutcome refused(String messageKey, Object... args) {
        return new DemoOutcome(null, null, 0, 0, messageKey, args, null, null, null, null);
    }

    static DemoOutcome refusedByPlugin(LocalizedText message) {
        return new DemoOutcome(null, null, 0, 0, "demo.error.failed", new Object[0], message, null, null, null);
    }

    /** A refusal made outside a run, e.g. a presented case whose plugin has been taken offline. */
    public static DemoOutcome unavailable(String messageKey) {
        return refused(messageKey);
    }

    public boolean succeeded() {
        return result != null;
    }
}
