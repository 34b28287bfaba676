package com.lepton.caselibrary.serving;

import com.lepton.caselibrary.inference.ModelSignature;
import com.lepton.caselibrary.inference.TensorData;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the Open Inference Protocol (KServe v2 REST), for NVIDIA Triton or another portal.
 * Every failure is an {@link IOException}; {@link RemoteException} carries the server's own
 * status and message.
 */
public class OpenInferenceClient {

    private final URI base;
    private final Duration timeout;
    private final String token;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * @param base    the server's address without {@code /v2}, e.g. {@code http://triton:8000}
     * @param timeout the most one call may take
     */
    public OpenInferenceClient(URI base, Duration timeout) {
        this(base, timeout, "");
    }

    /**
     * @param token sent as {@code Authorization: Bearer} on inference requests (another portal's
     *              {@code lepton.serving.client-token}); empty: none
     */
    public OpenInferenceClient(URI base, Duration timeout, String token) {
        this.token = token == null ? "" : token;
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(2)) < 0 ? timeout : Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Whether the server is ready for inference requests. */
    public boolean isReady() {
        try {
            return send(HttpRequest.newBuilder(uri("v2/health/ready")).GET()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** A model's inputs and outputs as the server describes them. */
    public ModelSignature metadata(String model) throws IOException {
        V2.ModelMetadata metadata = read(
                send(HttpRequest.newBuilder(uri("v2/models/" + encode(model))).GET()), V2.ModelMetadata.class);
        return new ModelSignature(tensors(metadata.inputs()), tensors(metadata.outputs()));
    }

    /**
     * Runs tensors through a model; each input carries the batch as its first dimension.
     *
     * @return the outputs, in the order the server lists them
     */
    public List<TensorData> infer(String model, List<TensorData> inputs) throws IOException {
        V2.InferRequest request = new V2.InferRequest(
                null,
                null,
                inputs.stream()
                        .map(TensorCodec::output)
                        .map(o -> new V2.RequestInput(o.name(), o.shape(), o.datatype(), null, o.data()))
                        .toList(),
                null);
        byte[] body = json.writeValueAsBytes(request);
        HttpRequest.Builder post = HttpRequest.newBuilder(uri("v2/models/" + encode(model) + "/infer"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!token.isEmpty()) {
            post.header("Authorization", "Bearer " + token);
        }
        V2.InferResponse response = read(send(post), V2.InferResponse.class);
        if (response.outputs() == null) {
            throw new IOException("the response of " + model + " has no outputs");
        }
        try {
            return response.outputs().stream().map(TensorCodec::tensor).toList();
        } catch (IllegalArgumentException e) {
            throw new IOException("the response of " + model + " is malformed: " + e.getMessage(), e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private <T> T read(HttpResponse<byte[]> response, Class<T> type) throws IOException {
        try {
            if (response.statusCode() != 200) {
                String message = new String(response.body(), StandardCharsets.UTF_8);
                try {
                    message = json.readValue(response.body(), V2.Error.class).error();
                } catch (JacksonException notJson) {
                    // keep the raw body
                }
                throw new RemoteException(
                        response.statusCode(),
                        message,
                        response.headers()
                                .firstValue("Retry-After")
                                .map(Integer::parseInt)
                                .orElse(0));
            }
            return json.readValue(response.body(), type);
        } catch (JacksonException e) {
            throw new IOException(
                    "the server's answer is not valid JSON of the protocol: " + e.getOriginalMessage(), e);
        }
    }

    private URI uri(String path) {
        return base.resolve(path);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<ModelSignature.Tensor> tensors(List<V2.TensorMetadata> metadata) {
        return metadata == null
                ? List.of()
                : metadata.stream()
                        .map(t -> new ModelSignature.Tensor(t.name(), t.datatype(), t.shape()))
                        .toList();
    }

    /** The server answered, but with an error status. */
    public static final class RemoteException extends IOException {

        private final int status;
        private final int retryAfterSeconds;

        RemoteException(int status, String message, int retryAfterSeconds) {
            super("the inference server answered " + status + ": " + message);
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int status() {
            return status;
        }

        public int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
