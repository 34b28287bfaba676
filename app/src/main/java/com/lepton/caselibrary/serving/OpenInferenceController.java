package com.lepton.caselibrary.serving;

import com.lepton.caselibrary.inference.InferenceException;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.ModelSignature;
import com.lepton.caselibrary.inference.PrivateModels;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.inference.RunQuota;
import com.lepton.caselibrary.inference.TensorData;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The local inference pool on the Open Inference Protocol (KServe v2 REST), so Triton clients,
 * and other portals, can use it: health, server and model metadata, readiness and inference.
 * Requests share the pool's queues, batches and limits with the demos, and the demos' run quota:
 * each example of a batch is one run. Bodies are read as a stream against the model's signature
 * ({@link InferRequestReader}), a bounded number at a time ({@link ParseSlots}).
 */
@Tag(name = "inference", description = "The shared inference pool on the Open Inference Protocol (KServe v2 REST)")
@RestController
@RequestMapping(path = "/v2", produces = MediaType.APPLICATION_JSON_VALUE)
class OpenInferenceController {

    static final String SERVER_NAME = "lepton-case-library";
    static final String PLATFORM = "tensorflow_savedmodel";

    private static final Logger log = LoggerFactory.getLogger(OpenInferenceController.class);

    private final InferencePool pool;
    private final ServingProperties properties;
    private final RunQuota quota;
    private final ParseSlots parsing;

    OpenInferenceController(InferencePool pool, ServingProperties properties, RunQuota quota) {
        this.pool = pool;
        this.properties = properties;
        this.quota = quota;
        this.parsing = new ParseSlots(properties.maxConcurrentParses());
    }

    @GetMapping
    V2.ServerMetadata server() {
        String version = getClass().getPackage().getImplementationVersion();
        return new V2.ServerMetadata(SERVER_NAME, version == null ? "dev" : version, List.of());
    }

    @GetMapping("/health/live")
    ResponseEntity<Void> live() {
        return ResponseEntity.ok().build();
    }

    @GetMapping("/health/ready")
    ResponseEntity<Void> ready() {
        return pool.loadedModels().isEmpty()
                ? ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build()
                : ResponseEntity.ok().build();
    }

    @GetMapping({"/models/{name}", "/models/{name}/versions/{version}"})
    ResponseEntity<?> metadata(@PathVariable String name, @PathVariable(required = false) String version) {
        if (!isServed(name, version)) {
            return unknown(name, version);
        }
        ModelSignature signature = pool.signature(name).orElseThrow();
        return ResponseEntity.ok(new V2.ModelMetadata(
                name,
                List.of(pool.version(name).orElseThrow()),
                PLATFORM,
                metadata(signature.inputs()),
                metadata(signature.outputs())));
    }

    @GetMapping({"/models/{name}/ready", "/models/{name}/versions/{version}/ready"})
    ResponseEntity<?> modelReady(@PathVariable String name, @PathVariable(required = false) String version) {
        return isServed(name, version) ? ResponseEntity.ok().build() : unknown(name, version);
    }

    @PostMapping(path = {"/models/{name}/infer", "/models/{name}/versions/{version}/infer"})
    ResponseEntity<?> infer(
            @PathVariable String name, @PathVariable(required = false) String version, HttpServletRequest http) {
        if (!isServed(name, version)) {
            return unknown(name, version);
        }
        ModelSignature signature = pool.signature(name).orElseThrow();
        int maxBatch = pool.settings(name).map(s -> s.maxBatchSize()).orElse(1);
        long maxBytes = Math.min(properties.maxRequestBytes(), InferRequestReader.maxBytes(signature, maxBatch));
        if (http.getContentLengthLong() > maxBytes) {
            return refused(
                    name,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "the request body is larger than " + maxBytes
                            + " bytes, the most a request of this model can need");
        }
        Requester requester = Requester.hashed(http.getRemoteAddr(), null);
        boolean metered = !isTrustedPortal(http);
        OptionalInt wait = metered ? quota.tryTake(requester, 1) : OptionalInt.empty();
        if (wait.isPresent()) {
            return tooMany(wait.getAsInt());
        }
        InferRequestReader.Parsed request;
        try {
            request = parsing.read(
                    () -> new InferRequestReader(signature, maxBatch, maxBytes).read(http.getInputStream()));
        } catch (InferRequestReader.Malformed e) {
            return refused(name, HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (IOException e) {
            return refused(name, HttpStatus.BAD_REQUEST, "the body could not be read: " + e.getMessage());
        } catch (ParseSlots.Busy e) {
            return busy(1, "too many requests are being read at once");
        }
        if (metered && request.batch() > 1) {
            wait = quota.tryTake(requester, request.batch() - 1);
            if (wait.isPresent()) {
                return tooMany(wait.getAsInt());
            }
        }
        try {
            List<TensorData> outputs = pool.infer(name, requester, request.inputs()).stream()
                    .filter(output ->
                            request.outputs().isEmpty() || request.outputs().contains(output.name()))
                    .toList();
            return ResponseEntity.ok(new V2.InferResponse(
                    name,
                    pool.version(name).orElse(null),
                    request.id(),
                    null,
                    outputs.stream().map(TensorCodec::output).toList()));
        } catch (InferenceException e) {
            if (e.kind() == InferenceException.Kind.INVALID_INPUT) {
                return refused(name, HttpStatus.BAD_REQUEST, e.getMessage());
            }
            return failure(e);
        }
    }

    /** Another portal using this one as its pool, with the configured client token: it meters its own visitors. */
    private boolean isTrustedPortal(HttpServletRequest http) {
        String header = http.getHeader(HttpHeaders.AUTHORIZATION);
        String expected = "Bearer " + properties.clientToken();
        return !properties.clientToken().isEmpty()
                && header != null
                && MessageDigest.isEqual(
                        header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private boolean isServed(String name, String version) {
        // A consultant's client model is served through the owner's runs only, never over the open protocol.
        return !PrivateModels.isPrivate(name)
                && pool.isLoaded(name)
                && (version == null || pool.version(name).map(version::equals).orElse(false));
    }

    private static List<V2.TensorMetadata> metadata(List<ModelSignature.Tensor> tensors) {
        return tensors.stream()
                .map(t -> new V2.TensorMetadata(t.name(), t.datatype(), t.shape()))
                .toList();
    }

    private static ResponseEntity<V2.Error> unknown(String name, String version) {
        return error(
                HttpStatus.NOT_FOUND,
                "no model " + name + (version == null ? "" : " version " + version) + " is served here");
    }

    private static ResponseEntity<V2.Error> failure(InferenceException e) {
        return switch (e.kind()) {
            case INVALID_INPUT -> error(HttpStatus.BAD_REQUEST, e.getMessage());
            case BUSY -> busy(e.retryAfterSeconds(), e.getMessage());
            case TIMEOUT -> error(HttpStatus.GATEWAY_TIMEOUT, e.getMessage());
            case UNAVAILABLE -> error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
            case FAILED -> error(HttpStatus.INTERNAL_SERVER_ERROR, "inference failed");
        };
    }

    private static ResponseEntity<V2.Error> busy(int seconds, String message) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(new V2.Error("busy, retry in " + seconds + " s: " + message));
    }

    private static ResponseEntity<V2.Error> tooMany(int seconds) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(new V2.Error("run quota used up (each example of a batch is a run); retry in " + seconds + " s"));
    }

    /** A refused request: one log line, never a stack trace. */
    private static ResponseEntity<V2.Error> refused(String model, HttpStatus status, String message) {
        log.info("/v2 request for {} refused ({}): {}", model, status.value(), message);
        return error(status, message);
    }

    private static ResponseEntity<V2.Error> error(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new V2.Error(message));
    }
}
