package com.lepton.caselibrary.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoResult;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;

/**
 * Lets DJL drive a plugin's {@link DataAdapter}, or take raw tensors; examples are stacked into
 * batches, so demo visitors and protocol clients of one model share forward passes.
 */
@RequiredArgsConstructor
final class AdapterTranslator implements Translator<ModelInput, ModelOutput> {

    /**
     * What the worker running the current batch needs back: reading tensors out of the engine
     * costs JNI calls, so a batch of demo requests only gets results and a batch of protocol
     * requests only gets tensors. Set by {@link ServedModel} on its worker thread around each batch.
     */
    enum Wanted {
        RESULTS,
        TENSORS,
        BOTH
    }

    static final ThreadLocal<Wanted> WANTED = ThreadLocal.withInitial(() -> Wanted.BOTH);

    private final DataAdapter adapter;
    private final List<String> outputNames;

    @Override
    public NDList processInput(TranslatorContext context, ModelInput input) throws Exception {
        return switch (input) {
            case ModelInput.Demo demo ->
                demo.sample() == null
                        ? adapter.toTensors(context.getNDManager(), demo.input())
                        : demo.sample().tensors(adapter, context.getNDManager(), demo.input());
            case ModelInput.Tensors tensors ->
                new NDList(tensors.tensors().stream()
                        .map(tensor -> tensor.toArray(context.getNDManager()))
                        .toList());
        };
    }

    @Override
    public ModelOutput processOutput(TranslatorContext context, NDList output) {
        Wanted wanted = WANTED.get();
        List<TensorData> tensors = new ArrayList<>(output.size());
        if (wanted != Wanted.RESULTS) {
            for (int i = 0; i < output.size(); i++) {
                NDArray array = output.get(i);
                tensors.add(TensorData.of(outputName(array, i), array));
            }
        }
        if (wanted == Wanted.TENSORS) {
            return new ModelOutput(tensors, null, new IllegalStateException("no result was asked for"));
        }
        try {
            DemoResult result = adapter.toResult(output);
            return new ModelOutput(tensors, result, null);
        } catch (RuntimeException e) {
            return new ModelOutput(tensors, null, e);
        }
    }

    private String outputName(NDArray array, int index) {
        if (index < outputNames.size()) {
            return outputNames.get(index);
        }
        return array.getName() != null ? array.getName() : "output_" + index;
    }

    @Override
    public Batchifier getBatchifier() {
        return Batchifier.STACK;
    }
}
