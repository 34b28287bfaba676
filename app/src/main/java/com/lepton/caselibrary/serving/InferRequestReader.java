package com.lepton.caselibrary.serving;

import com.lepton.caselibrary.inference.ModelSignature;
import com.lepton.caselibrary.inference.TensorData;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads an inference request straight off the body stream, checking it against the model's
 * signature as it goes: unknown names, impossible shapes and every value are refused at the token
 * where they appear, and the values go into primitive arrays no larger than the declared shape
 * allows (so a body declaring a gigabyte is refused before a gigabyte is held anywhere).
 */
final class InferRequestReader {

    /** A request as the pool takes it: the inputs, and the outputs asked for (empty: all). */
    record Parsed(String id, List<TensorData> inputs, List<String> outputs) {

        int batch() {
            return (int) inputs.getFirst().shape()[0];
        }
    }

    /** A malformed request, with the message its sender gets (and the log line). */
    static final class Malformed extends Exception {

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, ModelSignature.Tensor> inputs;
    private final Set<String> outputs;
    private final int maxBatch;
    private final JsonFactory json;

    InferRequestReader(ModelSignature signature, int maxBatch, long maxBytes) {
        this.inputs =
                signature.inputs().stream().collect(Collectors.toMap(ModelSignature.Tensor::name, Function.identity()));
        this.outputs =
                signature.outputs().stream().map(ModelSignature.Tensor::name).collect(Collectors.toSet());
        this.maxBatch = maxBatch;
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxBytes)
                        .maxNestingDepth(32)
                        .maxStringLength(4096)
                        .maxNumberLength(64)
                        .build())
                .build();
    }

    /** Values one input may carry at most: the largest batch times one example (variable dimensions count 4096). */
    long maxValues(ModelSignature.Tensor tensor) {
        long perExample = 1;
        for (long dimension : tensor.exampleShape()) {
            perExample *= dimension < 0 ? 4096 : Math.max(1, dimension);
        }
        return perExample * maxBatch;
    }

    /** The largest body a valid request can need: 32 characters a value, plus room for names and ids. */
    static long maxBytes(ModelSignature signature, int maxBatch) {
        InferRequestReader sizing = new InferRequestReader(signature, maxBatch, Long.MAX_VALUE);
        long values = signature.inputs().stream().mapToLong(sizing::maxValues).sum();
        return values * 32 + 64 * 1024;
    }

    Parsed read(InputStream body) throws Malformed {
        try (JsonParser parser = json.createParser(ObjectReadContext.empty(), body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new Malformed("the body must be a JSON object with \"inputs\"");
            }
            String id = null;
            List<TensorData> tensors = null;
            List<String> wanted = List.of();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> id = value.isScalarValue() ? parser.getValueAsString() : skip(parser);
                    case "inputs" -> tensors = inputs(parser);
                    case "outputs" -> wanted = outputs(parser);
                    default -> parser.skipChildren();
                }
            }
            if (tensors == null || tensors.isEmpty()) {
                throw new Malformed("the request has no inputs; the model takes " + inputs.keySet());
            }
            long batch = tensors.getFirst().shape().length == 0
                    ? -1
                    : tensors.getFirst().shape()[0];
            if (batch < 1 || batch > maxBatch) {
                throw new Malformed("the batch (first dimension) must be between 1 and " + maxBatch + ", not " + batch);
            }
            return new Parsed(id, tensors, wanted);
        } catch (JacksonException e) {
            throw new Malformed("the body is not a valid inference request: " + e.getOriginalMessage());
        }
    }

    private static String skip(JsonParser parser) {
        parser.skipChildren();
        return null;
    }

    private List<TensorData> inputs(JsonParser parser) throws Malformed {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new Malformed("\"inputs\" must be an array of tensors");
        }
        List<TensorData> tensors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            TensorData tensor = input(parser);
            if (!seen.add(tensor.name())) {
                throw new Malformed("input " + tensor.name() + " is given twice");
            }
            tensors.add(tensor);
        }
        return tensors;
    }

    private TensorData input(JsonParser parser) throws Malformed {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new Malformed("each input must be an object with name, shape, datatype and data");
        }
        String name = null;
        String datatype = null;
        long[] shape = null;
        long expected = -1;
        BoundedValues values = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "name" -> name = knownInput(value == JsonToken.VALUE_STRING ? parser.getString() : null);
                case "datatype" -> datatype = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                case "shape" -> {
                    shape = shape(parser, name);
                    expected = expectedValues(name, shape);
                }
                case "data" -> values = data(parser, name, expected);
                default -> parser.skipChildren();
            }
        }
        if (name == null || shape == null || datatype == null || values == null) {
            throw new Malformed("each input needs name, shape, datatype and data");
        }
        if (!TensorData.isSupported(datatype)) {
            throw new Malformed(
                    "input " + name + ": datatype " + datatype + " is not supported (FP32, FP64, INT32, INT64)");
        }
        if (values.size() != expected) {
            throw new Malformed("input " + name + " has shape " + Arrays.toString(shape) + " (" + expected
                    + " values) but " + values.size() + " values");
        }
        return new TensorData(name, datatype, shape, values.toArray());
    }

    private String knownInput(String name) throws Malformed {
        if (name == null || !inputs.containsKey(name)) {
            throw new Malformed("unknown input " + name + "; the model takes " + inputs.keySet());
        }
        return name;
    }

    private static long[] shape(JsonParser parser, String name) throws Malformed {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new Malformed("input " + name + ": shape must be an array of dimensions");
        }
        long[] shape = new long[8];
        int rank = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
                    || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw new Malformed("input " + name + ": each dimension of the shape must be a whole number");
            }
            if (rank == shape.length) {
                throw new Malformed("input " + name + ": a shape has at most " + shape.length + " dimensions");
            }
            long dimension = parser.getLongValue();
            if (dimension < 0) {
                throw new Malformed("input " + name + ": dimension " + dimension + " is negative");
            }
            shape[rank++] = dimension;
        }
        return Arrays.copyOf(shape, rank);
    }

    /** The values the shape declares, refused at once when the model could never take that many. */
    private long expectedValues(String name, long[] shape) throws Malformed {
        ModelSignature.Tensor tensor = inputs.get(name);
        if (tensor == null) {
            throw new Malformed("each input must give its name before its shape");
        }
        long limit = maxValues(tensor);
        long product = 1;
        for (long dimension : shape) {
            if (dimension != 0 && product > limit / dimension) {
                throw new Malformed("input " + name + ": shape " + Arrays.toString(shape)
                        + " declares more values than the model takes in one request (at most " + limit + ", batch "
                        + maxBatch + ")");
            }
            product *= dimension;
        }
        return product;
    }

    private BoundedValues data(JsonParser parser, String name, long expected) throws Malformed {
        if (expected < 0) {
            throw new Malformed("each input must give its name and shape before its data");
        }
        BoundedValues values = new BoundedValues(expected);
        values.collect(parser, name);
        return values;
    }

    private List<String> outputs(JsonParser parser) throws Malformed {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new Malformed("\"outputs\" must be an array of {\"name\": ...}");
        }
        Set<String> names = new LinkedHashSet<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new Malformed("each requested output must be an object with a name");
            }
            String name = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("name") && value == JsonToken.VALUE_STRING) {
                    name = parser.getString();
                } else {
                    parser.skipChildren();
                }
            }
            if (name == null || !outputs.contains(name)) {
                throw new Malformed("unknown output " + name + "; the model has " + outputs);
            }
            names.add(name);
        }
        return List.copyOf(names);
    }
}
