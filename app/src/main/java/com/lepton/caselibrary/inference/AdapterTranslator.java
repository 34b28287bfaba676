package com.lepton.caselibrary.inference;

import ai.djl.ndarray.NDList;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;

/** Lets DJL drive a plugin's {@link DataAdapter}; examples are stacked into batches. */
final class AdapterTranslator implements Translator<DemoInput, DemoResult> {

    private final DataAdapter adapter;

    AdapterTranslator(DataAdapter adapter) {
        this.adapter = adapter;
    }

    @Override
    public NDList processInput(TranslatorContext context, DemoInput input) throws Exception {
        return adapter.toTensors(context.getNDManager(), input);
    }

    @Override
    public DemoResult processOutput(TranslatorContext context, NDList output) {
        return adapter.toResult(output);
    }

    @Override
    public Batchifier getBatchifier() {
        return Batchifier.STACK;
    }
}
