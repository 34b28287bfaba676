package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.FineTuneOutcome;
import com.lepton.caselibrary.api.SeriesFineTuneOutcome;
import com.lepton.caselibrary.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Fine-tuning over REST, for consultants and administrators (HTTP Basic or a personal API token): start a job on
 * a client's data set, follow it, cancel or delete it. A job is its owner's only; to anyone else it is unknown.
 */
@Tag(name = "fine-tuning", description = "Retrain a case's model on a client's labelled data (consultants)")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
@RestController
@RequiredArgsConstructor
class FineTuneApiController {

    private final FineTuneService service;
    private final FineTuneProperties properties;
    private final ClientModelZip zip;

    /**
     * A job as its owner sees it; the before/after figures once it succeeded: {@code outcome} for a classifier,
     * {@code seriesOutcome} (RMSE and MAE, the held-out forecasts) for a forecaster, whose {@code validation} curve
     * is an RMSE.
     */
    record JobStatus(
            long id,
            String caseId,
            String client,
            String state,
            int epoch,
            int epochs,
            int trainExamples,
            int heldOutExamples,
            List<Double> losses,
            List<Double> validation,
            String message,
            Instant createdAt,
            Instant finishedAt,
            FineTuneOutcome outcome,
            SeriesFineTuneOutcome seriesOutcome) {

        static JobStatus of(FineTuneJob job, FineTuneService service) {
            return new JobStatus(
                    job.getId(),
                    job.getCaseId(),
                    job.getClient(),
                    job.getState().name(),
                    job.getEpoch(),
                    job.getEpochs(),
                    job.getTrainCount(),
                    job.getHeldOutCount(),
                    job.losses(),
                    job.curve(),
                    job.getMessage(),
                    job.getCreatedAt(),
                    job.getFinishedAt(),
                    service.outcome(job).orElse(null),
                    service.seriesOutcome(job).orElse(null));
        }
    }

    @Operation(
            summary = "Start fine-tuning a case on a client's data set (multipart field \"data\"): for an image case a"
                    + " zip with one folder per class, for a text case a UTF-8 CSV with a header and the columns"
                    + " text and label, for a forecasting case a UTF-8 CSV with the columns date (YYYY-MM-DD) and"
                    + " value, oldest first",
            description = "The set is checked at once (archive or CSV, sizes, images or texts, every class with"
                    + " enough examples, known labels, no cell starting with = + - @); 202 with the job when it"
                    + " starts, 422 with the refused entries when not (\"entry\": the file in the zip, or the CSV"
                    + " row, the header being row 1), 409 while another job runs. 20 % of each class is held out"
                    + " for the before/after comparison; of a series, its last 20 %.")
    @PostMapping(
            path = "/api/cases/{id}/fine-tunes",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> start(
            @PathVariable String id,
            @RequestPart(name = "data", required = false) MultipartFile data,
            @RequestParam(name = "epochs", defaultValue = "0") int epochs,
            @RequestParam(name = "client", required = false) String client,
            Authentication caller,
            Locale locale)
            throws IOException {
        if (data == null || data.isEmpty()) {
            return Messages.problem(HttpStatus.BAD_REQUEST, locale, "finetune.error.no-data");
        }
        return start(id, data.getBytes(), epochs, client, caller, locale);
    }

    @Operation(
            summary = "Start fine-tuning with the zip or CSV as the request body, for sets over the multipart limit",
            description = "The same as the multipart upload, up to lepton.fine-tune.max-archive-bytes (32 MB).")
    @PostMapping(
            path = "/api/cases/{id}/fine-tunes",
            consumes = {"application/zip", "text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE},
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> startBody(
            @PathVariable String id,
            InputStream body,
            @RequestParam(name = "epochs", defaultValue = "0") int epochs,
            @RequestParam(name = "client", required = false) String client,
            Authentication caller,
            Locale locale)
            throws IOException {
        byte[] bytes = body.readNBytes(properties.maxArchiveBytes() + 1);
        if (bytes.length > properties.maxArchiveBytes()) {
            return Messages.problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    locale,
                    "finetune.error.too-large",
                    properties.maxArchiveBytes() >> 20);
        }
        return start(id, bytes, epochs, client, caller, locale);
    }

    private ResponseEntity<?> start(
            String id, byte[] bytes, int epochs, String client, Authentication caller, Locale locale) {
        try {
            FineTuneJob job = service.start(caller.getName(), id, bytes, epochs, client);
            return ResponseEntity.accepted().body(JobStatus.of(job, service));
        } catch (ClientSetException e) {
            HttpStatus status = switch (e.messageKey()) {
                case "finetune.error.no-case" -> HttpStatus.NOT_FOUND;
                case "finetune.error.busy" -> HttpStatus.CONFLICT;
                case "finetune.error.epochs", "finetune.error.client" -> HttpStatus.BAD_REQUEST;
                default -> HttpStatus.UNPROCESSABLE_CONTENT;
            };
            ResponseEntity<ProblemDetail> response =
                    Messages.problem(status, locale, e.messageKey(), e.arguments(locale));
            if (!e.refused().isEmpty()) {
                response.getBody()
                        .setProperty(
                                "refused",
                                e.refused().stream()
                                        .map(r -> Map.of(
                                                "entry",
                                                r.entry(),
                                                "reason",
                                                Messages.format(r.reasonKey(), locale, r.reasonArguments())))
                                        .toList());
            }
            return response;
        }
    }

    @Operation(summary = "The caller's fine-tuning jobs, newest first")
    @GetMapping(path = "/api/fine-tunes", produces = MediaType.APPLICATION_JSON_VALUE)
    List<JobStatus> list(Authentication caller) {
        return service.jobsOf(caller.getName()).stream()
                .map(job -> JobStatus.of(job, service))
                .toList();
    }

    @Operation(summary = "One of the caller's jobs: state, epoch, loss and validation curve, before/after when done")
    @GetMapping(
            path = "/api/fine-tunes/{job}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> one(@PathVariable long job, Authentication caller, Locale locale) {
        return service.find(job, caller.getName())
                .<ResponseEntity<?>>map(found -> ResponseEntity.ok(JobStatus.of(found, service)))
                .orElseGet(() -> Messages.problem(HttpStatus.NOT_FOUND, locale, "finetune.error.no-job", job));
    }

    @Operation(
            summary = "Export a finished job's client model as a TensorFlow SavedModel (zip, folder saved_model/)",
            description = "The owner's only; 404 for anyone else and for jobs that did not succeed.")
    @GetMapping(
            path = "/api/fine-tunes/{job}/model.zip",
            produces = {"application/zip", MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<StreamingResponseBody> export(@PathVariable long job, Authentication caller, Locale locale) {
        FineTuneJob found = service.find(job, caller.getName())
                .filter(zip::exists)
                .orElseThrow(() -> new ErrorResponseException(
                        HttpStatus.NOT_FOUND,
                        Messages.problem(HttpStatus.NOT_FOUND, locale, "finetune.error.no-model-of-job", job)
                                .getBody(),
                        null));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(ClientModelZip.fileName(found))
                                .build()
                                .toString())
                .body(out -> zip.write(found, out));
    }

    @Operation(
            summary = "Cancel a running job (202), or delete a finished one with its model (204)",
            description = "Deleting leaves nothing of the job: its client model leaves the inference pool, its files"
                    + " and its row are deleted (runs of a client model are never written to the run history).")
    @DeleteMapping(
            path = "/api/fine-tunes/{job}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> remove(@PathVariable long job, Authentication caller, Locale locale) {
        return switch (service.cancelOrDelete(job, caller.getName())) {
            case NOT_FOUND -> Messages.problem(HttpStatus.NOT_FOUND, locale, "finetune.error.no-job", job);
            case CANCELLING ->
                ResponseEntity.accepted()
                        .body(JobStatus.of(service.find(job, caller.getName()).orElseThrow(), service));
            case DELETED -> ResponseEntity.noContent().build();
        };
    }
}
