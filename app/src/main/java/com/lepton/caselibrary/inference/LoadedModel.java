package com.lepton.caselibrary.inference;

import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.ZooModel;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** One model shared by all visitors, with its pool of predictors (a DJL predictor is not thread-safe). */
final class LoadedModel implements AutoCloseable {

    private final String version;
    private final ZooModel<DemoInput, DemoResult> model;
    private final BlockingQueue<Predictor<DemoInput, DemoResult>> predictors;

    LoadedModel(String version, ZooModel<DemoInput, DemoResult> model, int predictorCount) {
        this.version = version;
        this.model = model;
        this.predictors = new ArrayBlockingQueue<>(predictorCount);
        for (int i = 0; i < predictorCount; i++) {
            predictors.add(model.newPredictor());
        }
    }

    String version() {
        return version;
    }

    BlockingQueue<Predictor<DemoInput, DemoResult>> predictors() {
        return predictors;
    }

    @Override
    public void close() {
        predictors.forEach(Predictor::close);
        model.close();
    }
}
