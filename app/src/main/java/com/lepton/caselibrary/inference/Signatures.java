package com.lepton.caselibrary.inference;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.util.PairList;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a model's signature and checks protocol inputs against it. */
final class Signatures {

    private static final String UNKNOWN_TYPE = "FP32";

    private Signatures() {}

    /** What the SavedModel declares: names and shapes; datatypes are known only after a warm-up. */
    static ModelSignature declared(Model model) {
        return new ModelSignature(tensors(model.describeInput()), tensors(model.describeOutput()));
    }

    private static List<ModelSignature.Tensor> tensors(PairList<String, Shape> described) {
        List<ModelSignature.Tensor> tensors = new ArrayList<>();
        if (described != null) {
            for (int i = 0; i < described.size(); i++) {
                Shape shape = described.get(i).getValue();
                tensors.add(new ModelSignature.Tensor(
                        described.get(i).getKey(), UNKNOWN_TYPE, shape == null ? new long[] {-1} : shape.getShape()));
            }
        }
        return tensors;
    }

    /** The declared signature completed with the datatypes and example shapes a warm-up showed. */
    static ModelSignature observed(
            ModelSignature declared, Model model, DataAdapter adapter, DemoInput warmUp, ModelOutput output)
            throws InvalidInputException {
        List<TensorData> inputs = new ArrayList<>();
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDList tensors = adapter.toTensors(manager, warmUp);
            for (int i = 0; i < tensors.size(); i++) {
                inputs.add(TensorData.of(
                        i < declared.inputs().size() ? declared.inputs().get(i).name() : "input_" + i, tensors.get(i)));
            }
        }
        return new ModelSignature(complete(declared.inputs(), inputs), complete(declared.outputs(), output.tensors()));
    }

    private static List<ModelSignature.Tensor> complete(List<ModelSignature.Tensor> declared, List<TensorData> seen) {
        List<ModelSignature.Tensor> tensors = new ArrayList<>();
        for (int i = 0; i < seen.size(); i++) {
            TensorData example = seen.get(i);
            long[] shape = new long[example.shape().length + 1];
            shape[0] = -1;
            System.arraycopy(example.shape(), 0, shape, 1, example.shape().length);
            if (i < declared.size() && declared.get(i).shape().length == shape.length) {
                // What the SavedModel declares wins: a variable dimension (-1) stays variable.
                shape = declared.get(i).shape().clone();
                shape[0] = -1;
            }
            String name = i < declared.size() ? declared.get(i).name() : example.name();
            tensors.add(new ModelSignature.Tensor(name, example.datatype(), shape));
        }
        return tensors;
    }

    /**
     * Puts protocol inputs in the signature's order after checking names, datatypes and shapes.
     *
     * @return the inputs in signature order; all share the batch size, their first dimension
     * @throws InferenceException {@code INVALID_INPUT} with a message a client can act on
     */
    static List<TensorData> orderInputs(ModelSignature signature, List<TensorData> inputs, int maxBatch)
            throws InferenceException {
        Map<String, TensorData> byName =
                inputs.stream().collect(Collectors.toMap(TensorData::name, Function.identity(), (a, b) -> a));
        if (byName.size() != inputs.size()) {
            throw invalid("input names must be unique");
        }
        if (inputs.size() != signature.inputs().size()) {
            throw invalid("expected " + signature.inputs().size() + " input(s) " + names(signature.inputs()) + ", got "
                    + inputs.size());
        }
        List<TensorData> ordered = new ArrayList<>();
        long batch = -1;
        for (ModelSignature.Tensor expected : signature.inputs()) {
            TensorData given = byName.get(expected.name());
            if (given == null) {
                throw invalid("missing input " + expected.name() + "; expected " + names(signature.inputs()));
            }
            if (!given.datatype().equals(expected.datatype())) {
                throw invalid(
                        "input " + expected.name() + " must be " + expected.datatype() + ", not " + given.datatype());
            }
            if (!fits(expected.shape(), given.shape())) {
                throw invalid("input " + expected.name() + " must have shape " + Arrays.toString(expected.shape())
                        + " (-1: any, the first is the batch), not " + Arrays.toString(given.shape()));
            }
            if (batch >= 0 && given.shape()[0] != batch) {
                throw invalid("all inputs must have the same batch size");
            }
            batch = given.shape()[0];
            ordered.add(given);
        }
        if (batch < 1 || batch > maxBatch) {
            throw invalid("batch size must be between 1 and " + maxBatch + ", not " + batch);
        }
        return ordered;
    }

    private static boolean fits(long[] expected, long[] given) {
        if (expected.length != given.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] >= 0 && expected[i] != given[i]) {
                return false;
            }
        }
        return true;
    }

    private static String names(List<ModelSignature.Tensor> tensors) {
        return tensors.stream().map(ModelSignature.Tensor::name).toList().toString();
    }

    private static InferenceException invalid(String message) {
        return new InferenceException(InferenceException.Kind.INVALID_INPUT, message, null);
    }
}
