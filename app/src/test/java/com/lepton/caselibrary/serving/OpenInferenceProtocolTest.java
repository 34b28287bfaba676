package com.lepton.caselibrary.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.inference.ModelSignature;
import com.lepton.caselibrary.inference.TensorData;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The protocol's bodies as the KServe v2 specification (Open Inference Protocol, REST) prints
 * them: the server side parses the specification's requests, the client parses its responses.
 */
class OpenInferenceProtocolTest {

    /** The specification's inference request example. */
    static final String SPEC_REQUEST = """
            {
              "id" : "42",
              "inputs" : [
                {
                  "name" : "input0",
                  "shape" : [ 2, 2 ],
                  "datatype" : "UINT32",
                  "data" : [ 1, 2, 3, 4 ]
                },
                {
                  "name" : "input1",
                  "shape" : [ 3 ],
                  "datatype" : "BOOL",
                  "data" : [ true ]
                }
              ],
              "outputs" : [
                {
                  "name" : "output0"
                }
              ]
            }""";

    /** The specification's inference response example (its missing comma after the id restored). */
    static final String SPEC_RESPONSE = """
            {
              "id" : "42",
              "outputs" : [
                {
                  "name" : "output0",
                  "shape" : [ 3, 2 ],
                  "datatype"  : "FP32",
                  "data" : [ 1.0, 1.1, 2.0, 2.1, 3.0, 3.1 ]
                }
              ]
            }""";

    /** The specification's model metadata response example. */
    static final String SPEC_METADATA = """
            {
              "name" : "mymodel",
              "versions" : [ "1" ],
              "platform" : "tensorflow_savedmodel",
              "inputs" : [
                { "name" : "input0", "datatype" : "FP32", "shape" : [ -1, 3 ] }
              ],
              "outputs" : [
                { "name" : "output0", "datatype" : "FP32", "shape" : [ -1, 2 ] }
              ]
            }""";

    private final JsonMapper json = JsonMapper.builder().build();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theSpecificationsRequestIsReadAndItsUnsupportedTypesAreNamed() {
        V2.InferRequest request = json.readValue(SPEC_REQUEST, V2.InferRequest.class);
        assertThat(request.id()).isEqualTo("42");
        assertThat(request.outputs()).extracting(V2.RequestOutput::name).containsExactly("output0");
        assertThatThrownBy(() -> TensorCodec.inputs(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("input0")
                .hasMessageContaining("UINT32");
    }

    @Test
    void nestedAndFlatDataAreTheSameRowMajorTensor() {
        String nested = SPEC_REQUEST
                .replace("\"UINT32\"", "\"FP32\"")
                .replace("[ 1, 2, 3, 4 ]", "[ [ 1, 2 ], [ 3, 4 ] ]")
                .replace("\"BOOL\"", "\"INT64\"")
                .replace("[ true ]", "[ 7, 8, 9 ]");
        List<TensorData> inputs = TensorCodec.inputs(json.readValue(nested, V2.InferRequest.class));
        assertThat(inputs.get(0))
                .isEqualTo(new TensorData("input0", "FP32", new long[] {2, 2}, new double[] {1, 2, 3, 4}));
        assertThat(inputs.get(1)).isEqualTo(new TensorData("input1", "INT64", new long[] {3}, new double[] {7, 8, 9}));
    }

    @Test
    void dataThatDoesNotFitTheShapeOrIsNotNumericIsRefused() {
        String tooFew = SPEC_REQUEST.replace("\"UINT32\"", "\"FP32\"").replace("[ 1, 2, 3, 4 ]", "[ 1, 2, 3 ]");
        assertThatThrownBy(() -> TensorCodec.inputs(json.readValue(tooFew, V2.InferRequest.class)))
                .hasMessageContaining("shape [2, 2] but 3 values");
        String text =
                SPEC_REQUEST.replace("\"UINT32\"", "\"FP32\"").replace("[ 1, 2, 3, 4 ]", "[ 1, 2, 3, \"<script>\" ]");
        assertThatThrownBy(() -> TensorCodec.inputs(json.readValue(text, V2.InferRequest.class)))
                .hasMessageContaining("must hold numbers");
    }

    @Test
    void theClientReadsTheSpecificationsResponsesAndSendsAValidRequest() throws IOException {
        AtomicReference<String> sent = new AtomicReference<>();
        serve(200, SPEC_METADATA, SPEC_RESPONSE, sent);
        OpenInferenceClient client = new OpenInferenceClient(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(5));

        ModelSignature signature = client.metadata("mymodel");
        assertThat(signature.inputs()).containsExactly(new ModelSignature.Tensor("input0", "FP32", new long[] {-1, 3}));

        List<TensorData> outputs =
                client.infer("mymodel", List.of(new TensorData("input0", "FP32", new long[] {3, 3}, new double[9])));
        assertThat(outputs)
                .containsExactly(new TensorData(
                        "output0", "FP32", new long[] {3, 2}, new double[] {1.0, 1.1, 2.0, 2.1, 3.0, 3.1}));
        V2.InferRequest request = json.readValue(sent.get(), V2.InferRequest.class);
        assertThat(TensorCodec.inputs(request))
                .containsExactly(new TensorData("input0", "FP32", new long[] {3, 3}, new double[9]));
        assertThat(client.isReady()).isTrue();
    }

    @Test
    void theClientReportsTheServersErrorAndRetryAfter() throws IOException {
        serve(503, "{\"error\" : \"busy\"}", "{\"error\" : \"busy\"}", new AtomicReference<>());
        OpenInferenceClient client = new OpenInferenceClient(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(5));
        assertThatThrownBy(() -> client.infer(
                        "mymodel", List.of(new TensorData("input0", "FP32", new long[] {1, 3}, new double[3]))))
                .isInstanceOfSatisfying(OpenInferenceClient.RemoteException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.retryAfterSeconds()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("busy");
                });
        assertThat(client.isReady()).isFalse();
    }

    @Test
    void anUnreachableServerIsAnIoErrorNotAHang() {
        OpenInferenceClient client = new OpenInferenceClient(URI.create("http://127.0.0.1:9"), Duration.ofSeconds(2));
        assertThatThrownBy(() -> client.metadata("mymodel")).isInstanceOf(IOException.class);
    }

    private void serve(int status, String metadata, String response, AtomicReference<String> sent) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = switch (path) {
                case "/v2/models/mymodel" -> metadata;
                case "/v2/models/mymodel/infer" -> {
                    sent.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    yield response;
                }
                default -> "";
            };
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (status == 503) {
                exchange.getResponseHeaders().add("Retry-After", "2");
            }
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }
}
