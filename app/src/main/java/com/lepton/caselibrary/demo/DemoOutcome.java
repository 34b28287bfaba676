package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.LocalizedText;

/**
 * The answer to one demo run: a {@link Success} or a {@link Refused} run with its {@link Refusal}. The accessors of
 * either side answer {@code null} (or 0) on the other, so views that only show a field need no cast.
 */
public sealed interface DemoOutcome permits DemoOutcome.Success, DemoOutcome.Refused {

    /**
     * A run the model answered.
     *
     * @param result       the model's result
     * @param modelVersion the version of the model that answered
     * @param queueMs      time waited for the model
     * @param computeMs    time the model took
     * @param input        the decoded input that was run, for views that show or explain it; never stored
     * @param band         for a forecast, its uncertainty band from the model's held-out errors, or {@code null}
     * @param run          the run's record in the history (written in the background, see {@link RunHistory})
     */
    record Success(
            DemoResult result,
            String modelVersion,
            long queueMs,
            long computeMs,
            DemoInput input,
            ForecastBand band,
            DemoRun run)
            implements DemoOutcome {

        @Override
        public Refusal refusal() {
            return null;
        }
    }

    /** A run refused before or by the model. */
    record Refused(Refusal refusal) implements DemoOutcome {}

    static DemoOutcome refused(Refusal.Reason reason, String messageKey, Object... args) {
        return new Refused(Refusal.of(reason, messageKey, args));
    }

    /** A refusal made outside a run, e.g. a presented case whose plugin has been taken offline. */
    static DemoOutcome withdrawn() {
        return refused(Refusal.Reason.WITHDRAWN, "demo.error.withdrawn");
    }

    /** Why the run was refused, or {@code null} when it succeeded. */
    Refusal refusal();

    default boolean succeeded() {
        return this instanceof Success;
    }

    default DemoResult result() {
        return null;
    }

    default String modelVersion() {
        return null;
    }

    default long queueMs() {
        return 0;
    }

    default long computeMs() {
        return 0;
    }

    default DemoInput input() {
        return null;
    }

    default ForecastBand band() {
        return null;
    }

    default DemoRun run() {
        return null;
    }

    /** The id of the run's record once it is written, else {@code null} ({@link RunHistory#idOf} writes it now). */
    default Long runId() {
        return run() == null ? null : run().getId();
    }

    default String messageKey() {
        return succeeded() ? null : refusal().messageKey();
    }

    default Object[] messageArgs() {
        return succeeded() ? new Object[0] : refusal().messageArgs();
    }

    default LocalizedText pluginMessage() {
        return succeeded() ? null : refusal().pluginMessage();
    }
}
