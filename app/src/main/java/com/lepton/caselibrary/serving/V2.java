package com.lepton.caselibrary.serving;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON bodies of the Open Inference Protocol, version 2 (the KServe v2 REST protocol, which
 * NVIDIA Triton speaks). Field names follow the specification.
 */
final class V2 {

    private V2() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServerMetadata(String name, String version, List<String> extensions) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ModelMetadata(
            String name,
            List<String> versions,
            String platform,
            List<TensorMetadata> inputs,
            List<TensorMetadata> outputs) {}

    record TensorMetadata(String name, String datatype, long[] shape) {}

    /** An inference request; {@code data} may be flat or nested, row-major. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InferRequest(
            String id, Map<String, Object> parameters, List<RequestInput> inputs, List<RequestOutput> outputs) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RequestInput(String name, long[] shape, String datatype, Map<String, Object> parameters, JsonNode data) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RequestOutput(String name, Map<String, Object> parameters) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InferResponse(
            @JsonProperty("model_name") String modelName,
            @JsonProperty("model_version") String modelVersion,
            String id,
            Map<String, Object> parameters,
            List<ResponseOutput> outputs) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResponseOutput(String name, long[] shape, String datatype, Map<String, Object> parameters, JsonNode data) {}

    record Error(String error) {}
}
