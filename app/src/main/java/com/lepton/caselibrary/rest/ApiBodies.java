package com.lepton.caselibrary.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.catalog.CaseEntry;
import com.lepton.caselibrary.demo.DemoOutcome;
import com.lepton.caselibrary.demo.ForecastBand;
import java.util.List;

/** The JSON bodies of the REST API. */
final class ApiBodies {

    private ApiBodies() {}

    /**
     * A case as listed: {@code live} says whether it has a runnable demo; {@code samples}, only when
     * one case is asked for, names its shipped samples for {@code POST /api/cases/ID/samples/SAMPLE/run}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CaseSummary(
            String id,
            String industry,
            String algorithm,
            String dataType,
            LocalizedText title,
            LocalizedText summary,
            boolean live,
            List<String> samples,
            List<String> batchSamples) {

        static CaseSummary of(CaseEntry entry) {
            return new CaseSummary(
                    entry.getId(),
                    entry.getIndustry().name(),
                    entry.getAlgorithm().name(),
                    entry.getDataType().name(),
                    entry.getTitle(),
                    entry.getSummary(),
                    entry.isLiveDemo(),
                    null,
                    null);
        }

        CaseSummary withSamples(List<String> sampleIds) {
            return new CaseSummary(id, industry, algorithm, dataType, title, summary, live, sampleIds, batchSamples);
        }

        /** The shipped batches of posts, for cases that take one ({@code POST /api/cases/ID/batch}). */
        CaseSummary withBatchSamples(List<String> batchIds) {
            return new CaseSummary(id, industry, algorithm, dataType, title, summary, live, samples, batchIds);
        }
    }

    /** A run of the visitor's own input: {@code text} for text cases, {@code series} for series cases; absent is empty. */
    record RunRequest(String text, String series) {
        RunRequest {
            text = text == null ? "" : text;
            series = series == null ? "" : series;
        }
    }

    /** The answer to a successful run (a refused one is a problem body, see {@link ApiProblems}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RunResponse(
            String caseId,
            boolean succeeded,
            String modelVersion,
            Long queueMs,
            Long computeMs,
            DemoResult result,
            ForecastBandBody forecastBand,
            RiskSignalBody riskSignal) {

        static RunResponse of(String caseId, DemoOutcome.Success outcome) {
            return new RunResponse(
                    caseId,
                    true,
                    outcome.modelVersion(),
                    outcome.queueMs(),
                    outcome.computeMs(),
                    outcome.result(),
                    ForecastBandBody.of(outcome.band()),
                    RiskSignalBody.of(outcome.result()));
        }
    }

    /**
     * A forecast's uncertainty band: {@code lower[i]}..{@code upper[i]} around {@code forecast[i]}
     * is the forecast plus the {@code lowerError} and {@code upperError} quantiles of the model's
     * held-out test-period errors (actual minus forecast); {@code within} of {@code heldOutErrors}
     * lay in that range.
     */
    record ForecastBandBody(
            double coverage,
            double[] lower,
            double[] upper,
            double lowerError,
            double upperError,
            int heldOutErrors,
            int within) {

        static ForecastBandBody of(ForecastBand band) {
            return band == null
                    ? null
                    : new ForecastBandBody(
                            band.interval().coverage(),
                            band.lower(),
                            band.upper(),
                            band.interval().lower(),
                            band.interval().upper(),
                            band.interval().errors(),
                            band.interval().within());
        }
    }

    /**
     * A batch's risk signal in figures: {@code share} of posts in the risk class, {@code trend} (the
     * later half's share minus the earlier half's), {@code warning} when either reaches
     * {@code warningShare}, and the rolling share over {@code window} posts.
     */
    record RiskSignalBody(
            int posts,
            int flagged,
            double share,
            double trend,
            boolean warning,
            double warningShare,
            int window,
            double[] rollingShare) {

        static RiskSignalBody of(DemoResult result) {
            return result instanceof DemoResult.RiskSignal signal
                    ? new RiskSignalBody(
                            signal.size(),
                            signal.flaggedCount(),
                            signal.share(),
                            signal.trend(),
                            signal.warning(),
                            signal.warningShare(),
                            signal.window(),
                            signal.rollingShare())
                    : null;
        }
    }
}
