package com.lepton.caselibrary.testkit.toy;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import java.util.List;

/** The last three readings in, the probabilities of "up" and "down" out. */
public final class ToyAdapter implements DataAdapter {

    public static final int WINDOW = 3;

    @Override
    public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
        if (!(input instanceof DemoInput.Series series) || series.values().length < WINDOW) {
            throw new InvalidInputException(LocalizedText.of("需要至少三个读数。", "At least three readings are needed."));
        }
        double[] values = series.values();
        float[] window = new float[WINDOW];
        for (int i = 0; i < WINDOW; i++) {
            window[i] = (float) values[values.length - WINDOW + i];
        }
        return new NDList(manager.create(window, new Shape(WINDOW)));
    }

    @Override
    public DemoResult toResult(NDList output) {
        float[] p = output.get(0).toFloatArray();
        return new DemoResult.Classification(List.of(
                new ClassScore("up", LocalizedText.of("上升", "up"), p[0]),
                new ClassScore("down", LocalizedText.of("下降", "down"), p[1])));
    }
}
