package com.lepton.caselibrary.serving;

import com.lepton.caselibrary.inference.InferenceException;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.ModelSignature;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.inference.TensorData;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local inference pool on the Open Inference Protocol (KServe v2 REST), so Triton clients,
 * and other portals, can use it: health, server and model metadata, readiness and inference.
 * Requests share the pool's queues, batches and limits with the demos.
 */
@Tag(name = "inference", description = "The shared inference pool on the Open Inference Protocol (KServe v2 REST)")
@RestController
@RequestMapping(path = "/v2", produces = MediaType.APPLICATION_JSON_VALUE)
class OpenInferenceController {

    static final String SERVER_NAME = "lepton-case-library";
    static final String PLATFORM = "tensorflow_savedmodel";

    private final InferencePool pool;
    private final ServingProperties properties;
    private final JsonMapper json;

    OpenInferenceController(InferencePool pool, ServingProperties properties) {
        this.pool = pool;
        this.properties = properties;
        this.json = JsonMapper.builder().build();
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
            @PathVariable String name, @PathVariable(required = false) String version, HttpServletRequest http)
            throws IOException {
        if (!isServed(name, version)) {
            return unknown(name, version);
        }
        V2.InferRequest request;
        List<TensorData> inputs;
        try {
            request = json.readValue(body(http), V2.InferRequest.class);
            inputs = TensorCodec.inputs(request);
        } catch (JacksonException e) {
            return error(
                    HttpStatus.BAD_REQUEST, "the body is not a valid inference request: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (TooLargeException e) {
            return error(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        }
        try {
            Requester requester = Requester.hashed(http.getRemoteAddr(), null);
            List<TensorData> outputs = TensorCodec.selected(request, pool.infer(name, requester, inputs));
            return ResponseEntity.ok(new V2.InferResponse(
                    name,
                    pool.version(name).orElse(null),
                    request.id(),
                    null,
                    outputs.stream().map(TensorCodec::output).toList()));
        } catch (IllegalArgumentException e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (InferenceException e) {
            return failure(e);
        }
    }

    private byte[] body(HttpServletRequest http) throws IOException, TooLargeException {
        long limit = properties.maxRequestBytes();
        if (http.getContentLengthLong() > limit) {
            throw new TooLargeException(limit);
        }
        try (InputStream in = http.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw new TooLargeException(limit);
            }
            return body;
        }
    }

    private boolean isServed(String name, String version) {
        return pool.isLoaded(name)
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
            case BUSY ->
                ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                        .body(new V2.Error("busy, retry in " + e.retryAfterSeconds() + " s: " + e.getMessage()));
            case TIMEOUT -> error(HttpStatus.GATEWAY_TIMEOUT, e.getMessage());
            case UNAVAILABLE -> error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
            case FAILED -> error(HttpStatus.INTERNAL_SERVER_ERROR, "inference failed");
        };
    }

    private static ResponseEntity<V2.Error> error(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new V2.Error(message));
    }

    /** A body over the configured limit. */
    private static final class TooLargeException extends Exception {

        TooLargeException(long limit) {
            super("the request body is larger than " + limit + " bytes");
        }
    }
}
