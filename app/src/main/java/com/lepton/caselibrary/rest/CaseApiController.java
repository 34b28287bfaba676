package com.lepton.caselibrary.rest;

import com.lepton.caselibrary.catalog.CaseEntry;
import com.lepton.caselibrary.catalog.CaseQuery;
import com.lepton.caselibrary.catalog.CatalogService;
import com.lepton.caselibrary.demo.BatchDemoService;
import com.lepton.caselibrary.demo.DemoOutcome;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.demo.ModelChoice;
import com.lepton.caselibrary.demo.WarmUpToken;
import com.lepton.caselibrary.finetune.ClientModels;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.rest.ApiBodies.CaseSummary;
import com.lepton.caselibrary.rest.ApiBodies.RunRequest;
import com.lepton.caselibrary.rest.ApiBodies.RunResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case library and its demos over HTTP. A run goes through the same checks, quotas, pool and
 * run record as a run in the browser; refusals carry the message a visitor would see, in the
 * language of {@code Accept-Language} (Chinese or English).
 */
@Tag(name = "cases", description = "The case library and its live demos")
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@RequiredArgsConstructor
class CaseApiController {

    private static final String MODEL_PARAMETER = "Optional model: the id of one of the caller's fine-tuned client"
            + " models of this case (a succeeded job of /api/fine-tunes); only its owner and administrators may run"
            + " it, signed in with HTTP Basic or a personal API token (401 without, 403 for partners, 404 for anyone"
            + " else). Without it the case's shipped model answers.";

    private final CatalogService catalog;
    private final DemoService demos;
    private final BatchDemoService batches;
    private final WarmUpToken warmUp;
    private final ClientModels clientModels;
    private final RunResponseWriter runResponses;

    /** Every case, optionally filtered by words as in the portal's search. */
    @Operation(summary = "List the cases, optionally matching words (both languages)")
    @GetMapping
    List<CaseSummary> list(@RequestParam(name = "q", defaultValue = "") String words) {
        return catalog.search(new CaseQuery(words, null, null, null)).stream()
                .map(CaseSummary::of)
                .toList();
    }

    @Operation(summary = "One case")
    @GetMapping("/{caseId}")
    ResponseEntity<?> one(@PathVariable String caseId) {
        CaseEntry entry = catalog.find(caseId).orElseThrow(() -> notFound(caseId));
        Optional<LoadedCase> live = demos.liveCase(caseId);
        return ResponseEntity.ok(CaseSummary.of(entry)
                .withSamples(live.map(CaseApiController::sampleIds).orElse(List.of()))
                .withBatchSamples(
                        live.flatMap(CaseApiController::batchSampleIds).orElse(null)));
    }

    /** Runs one of the case's shipped samples. */
    @Operation(summary = "Run one of the case's shipped samples through its model", description = MODEL_PARAMETER)
    @PostMapping("/{caseId}/samples/{sampleId}/run")
    void runSample(
            @PathVariable String caseId,
            @PathVariable String sampleId,
            @Parameter(description = MODEL_PARAMETER) @RequestParam(name = "model", required = false) Long model,
            Authentication caller,
            HttpServletRequest http,
            HttpServletResponse answer)
            throws IOException {
        // One look-up of the live case for the whole request (it takes the plugin host's lock).
        Optional<LoadedCase> live = demos.liveCase(caseId);
        boolean batchSample = live.map(loaded -> BatchDemoService.isBatchSample(loaded, sampleId))
                .orElse(false);
        boolean known =
                batchSample || live.map(loaded -> hasSample(loaded, sampleId)).orElse(true);
        if (!known) {
            throw ApiRefusedException.notFound("api.error.nosample", sampleId);
        }
        run(
                live,
                caseId,
                loaded -> batchSample
                        ? batches.runSample(loaded, requester(http), sampleId)
                        : demos.runSample(loaded, choice(loaded, model, caller), requester(http), sampleId),
                answer);
    }

    /** Runs a batch of posts (text cases that offer one): {@code text} holds one post per line, oldest first. */
    @Operation(
            summary = "Run a batch of posts, one per line in text, oldest first, and get the risk signal",
            description = MODEL_PARAMETER)
    @PostMapping(path = "/{caseId}/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    void runBatch(
            @PathVariable String caseId,
            @RequestBody RunRequest body,
            @Parameter(description = MODEL_PARAMETER) @RequestParam(name = "model", required = false) Long model,
            Authentication caller,
            HttpServletRequest http,
            HttpServletResponse answer)
            throws IOException {
        Optional<LoadedCase> loaded = demos.liveCase(caseId);
        if (loaded.isPresent() && BatchDemoService.batchOf(loaded.get()).isEmpty()) {
            throw ApiRefusedException.notFound("api.error.nobatch", caseId);
        }
        run(
                loaded,
                caseId,
                live -> batches.run(live, choice(live, model, caller), requester(http), body.text()),
                answer);
    }

    /** Runs a typed message (text cases) or a series (series cases: numbers separated by commas or lines). */
    @Operation(summary = "Run a message (text cases) or a series (series cases)", description = MODEL_PARAMETER)
    @PostMapping(path = "/{caseId}/run", consumes = MediaType.APPLICATION_JSON_VALUE)
    void runInput(
            @PathVariable String caseId,
            @RequestBody RunRequest body,
            @Parameter(description = MODEL_PARAMETER) @RequestParam(name = "model", required = false) Long model,
            Authentication caller,
            HttpServletRequest http,
            HttpServletResponse answer)
            throws IOException {
        run(
                caseId,
                loaded -> {
                    ModelChoice chosen = choice(loaded, model, caller);
                    return switch (loaded.plugin().demo().inputKind()) {
                        case TEXT -> demos.runText(loaded, chosen, requester(http), body.text());
                        case SERIES -> demos.runSeries(loaded, chosen, requester(http), body.series());
                        case IMAGE -> demos.runUpload(loaded, chosen, requester(http), new byte[0]);
                    };
                },
                answer);
    }

    /** Runs an uploaded PNG or JPEG image (image cases), as multipart field {@code image}. */
    @Operation(
            summary = "Run an uploaded PNG or JPEG image (image cases), multipart field image",
            description = MODEL_PARAMETER)
    @PostMapping(path = "/{caseId}/run", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    void runImage(
            @PathVariable String caseId,
            @RequestPart("image") MultipartFile image,
            @Parameter(description = MODEL_PARAMETER) @RequestParam(name = "model", required = false) Long model,
            Authentication caller,
            HttpServletRequest http,
            HttpServletResponse answer)
            throws IOException {
        byte[] bytes = image.getBytes();
        run(caseId, loaded -> demos.runUpload(loaded, choice(loaded, model, caller), requester(http), bytes), answer);
    }

    /** The ids of the case's shipped samples. */
    private static List<String> sampleIds(LoadedCase loaded) {
        return loaded.plugin().demo().samples().stream()
                .map(sample -> sample.id())
                .toList();
    }

    private static boolean hasSample(LoadedCase loaded, String sampleId) {
        return loaded.plugin().demo().samples().stream()
                .anyMatch(sample -> sample.id().equals(sampleId));
    }

    /** The ids of the case's shipped batches of posts, for a case that takes a batch. */
    private static Optional<List<String>> batchSampleIds(LoadedCase loaded) {
        return BatchDemoService.batchOf(loaded)
                .map(batch ->
                        batch.samples().stream().map(sample -> sample.id()).toList());
    }

    /**
     * The shipped model, or the caller's client model: a model that is not the caller's (or an administrator's)
     * is answered as unknown, so nobody learns that another consultant's model exists.
     */
    private ModelChoice choice(LoadedCase loaded, Long model, Authentication caller) {
        if (model == null) {
            return ModelChoice.shipped(loaded);
        }
        return clientModels
                .choose(loaded.caseId(), model, caller)
                .orElseThrow(() -> ApiRefusedException.notFound("api.error.nomodel", String.valueOf(model)));
    }

    private void run(String caseId, Function<LoadedCase, DemoOutcome> runner, HttpServletResponse answer)
            throws IOException {
        run(demos.liveCase(caseId), caseId, runner, answer);
    }

    /** Runs the live case and writes its answer ({@link RunResponseWriter}); a refusal is thrown. */
    private void run(
            Optional<LoadedCase> loaded,
            String caseId,
            Function<LoadedCase, DemoOutcome> runner,
            HttpServletResponse answer)
            throws IOException {
        switch (runner.apply(loaded.orElseThrow(() -> notFound(caseId)))) {
            case DemoOutcome.Success success -> runResponses.write(RunResponse.of(caseId, success), answer);
            case DemoOutcome.Refused refused -> throw ApiRefusedException.run(caseId, refused.refusal());
        }
    }

    private static ApiRefusedException notFound(String caseId) {
        return ApiRefusedException.notFound("api.error.nocase", caseId);
    }

    private Requester requester(HttpServletRequest http) {
        Requester visitor = Requester.hashed(
                http.getRemoteAddr(),
                http.getSession(false) == null ? null : http.getSession(false).getId());
        return warmUp.matches(http.getHeader(WarmUpToken.HEADER)) ? visitor.warmingUp() : visitor;
    }
}
