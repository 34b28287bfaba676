package com.lepton.caselibrary.serving;

import com.lepton.caselibrary.inference.TensorData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Turns the protocol's tensors into the pool's and back, checking what a client sent. */
final class TensorCodec {

    private TensorCodec() {}

    /** The request's inputs as tensors; a message a client can act on when they are malformed. */
    static List<TensorData> inputs(V2.InferRequest request) {
        if (request == null || request.inputs() == null || request.inputs().isEmpty()) {
            throw new IllegalArgumentException("the request has no inputs");
        }
        List<TensorData> tensors = new ArrayList<>();
        for (V2.RequestInput input : request.inputs()) {
            if (input == null
                    || input.name() == null
                    || input.shape() == null
                    || input.datatype() == null
                    || input.data() == null) {
                throw new IllegalArgumentException("each input needs name, shape, datatype and data");
            }
            if (!TensorData.isSupported(input.datatype())) {
                throw new IllegalArgumentException("input " + input.name() + ": datatype " + input.datatype()
                        + " is not supported here (FP32, FP64, INT32, INT64)");
            }
            tensors.add(
                    new TensorData(input.name(), input.datatype(), input.shape(), flatten(input.name(), input.data())));
        }
        return tensors;
    }

    /** Keeps the outputs a request asked for by name, or all when it named none. */
    static List<TensorData> selected(V2.InferRequest request, List<TensorData> outputs) {
        if (request.outputs() == null || request.outputs().isEmpty()) {
            return outputs;
        }
        if (request.outputs().stream().anyMatch(output -> output == null || output.name() == null)) {
            throw new IllegalArgumentException("each requested output needs a name");
        }
        Set<String> wanted =
                request.outputs().stream().map(V2.RequestOutput::name).collect(Collectors.toSet());
        Set<String> known = outputs.stream().map(TensorData::name).collect(Collectors.toSet());
        wanted.stream().filter(name -> !known.contains(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("unknown output " + name + "; the model has " + known);
        });
        return outputs.stream().filter(output -> wanted.contains(output.name())).toList();
    }

    static V2.ResponseOutput output(TensorData tensor) {
        ArrayNode data = JsonNodeFactory.instance.arrayNode(tensor.data().length);
        boolean integral = tensor.datatype().startsWith("INT");
        for (double value : tensor.data()) {
            if (integral) {
                data.add((long) value);
            } else if ("FP32".equals(tensor.datatype())) {
                data.add((float) value);
            } else {
                data.add(value);
            }
        }
        return new V2.ResponseOutput(tensor.name(), tensor.shape(), tensor.datatype(), null, data);
    }

    /** A response's output as a tensor. */
    static TensorData tensor(V2.ResponseOutput output) {
        return new TensorData(output.name(), output.datatype(), output.shape(), flatten(output.name(), output.data()));
    }

    /** Row-major values of flat or nested JSON arrays, unboxed. */
    static double[] flatten(String name, JsonNode data) {
        DoubleStream.Builder values = DoubleStream.builder();
        collect(name, data, values);
        return values.build().toArray();
    }

    private static void collect(String name, JsonNode node, DoubleStream.Builder values) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                collect(name, element, values);
            }
        } else if (node.isNumber()) {
            double value = node.asDouble();
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("tensor " + name + ": " + node + " is not a finite number");
            }
            values.add(value);
        } else {
            throw new IllegalArgumentException(
                    "tensor " + name + ": data must hold numbers, found " + node.getNodeType());
        }
    }
}
