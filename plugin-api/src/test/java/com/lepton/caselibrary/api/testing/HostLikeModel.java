package com.lepton.caselibrary.api.testing;

import ai.djl.ndarray.NDList;
import ai.djl.repository.zoo.Criteria;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import java.nio.file.Path;

/**
 * Loads a plugin's SavedModel the way the portal serves it: DJL's TensorFlow engine, offline, with
 * the plugin's adapter as the translator and examples stacked into batches.
 */
public final class HostLikeModel {

    private HostLikeModel() {}

    public static Criteria<DemoInput, DemoResult> criteria(Path savedModel, DataAdapter adapter) {
        return Criteria.builder()
                .setTypes(DemoInput.class, DemoResult.class)
                .optModelPath(savedModel)
                .optEngine("TensorFlow")
                .optTranslator(new Translator<DemoInput, DemoResult>() {
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
                })
                .build();
    }
}
