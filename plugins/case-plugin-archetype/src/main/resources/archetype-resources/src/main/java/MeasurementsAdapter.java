package ${package};

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a visitor's four measurements into the model's input and its probabilities into a
 * classification. plugin-api has no table input, so the demo takes the measurements as a short
 * series in a fixed order: beak length (mm), beak depth (mm), flipper length (mm), body mass (g).
 * Stateless and thread-safe, as the portal requires.
 */
public final class MeasurementsAdapter implements DataAdapter {

    /** Plausible ranges per measurement; outside them the input is a typing error or another unit. */
    static final double[][] RANGES = {{20, 80}, {10, 30}, {150, 260}, {2000, 7000}};

    @Override
    public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
        if (!(input instanceof DemoInput.Series series) || series.values().length != PenguinTable.FEATURES) {
            throw new InvalidInputException(LocalizedText.of(
                    "请按顺序输入四个测量值：喙长（毫米）、喙深（毫米）、鳍长（毫米）、体重（克），每行一个。",
                    "Give the four measurements in order, one per line: beak length (mm), beak depth (mm), flipper length (mm), body mass (g)."));
        }
        double[] values = series.values();
        float[] features = new float[PenguinTable.FEATURES];
        for (int f = 0; f < features.length; f++) {
            if (values[f] < RANGES[f][0] || values[f] > RANGES[f][1]) {
                throw new InvalidInputException(LocalizedText.of(
                        "第 " + (f + 1) + " 个测量值 " + values[f] + " 不在 " + RANGES[f][0] + " 到 " + RANGES[f][1] + " 之间。",
                        "Measurement " + (f + 1) + " (" + PenguinTable.COLUMNS.get(f) + ") is " + values[f] + ", outside "
                                + RANGES[f][0] + " to " + RANGES[f][1] + "."));
            }
            features[f] = (float) values[f];
        }
        // One example without the batch dimension: the portal stacks examples into batches.
        return new NDList(manager.create(features, new Shape(PenguinTable.FEATURES)));
    }

    @Override
    public DemoResult toResult(NDList output) {
        float[] probabilities = output.get(0).toFloatArray();
        List<ClassScore> scores = new ArrayList<>();
        for (Species species : Species.values()) {
            double p = Math.min(1, Math.max(0, probabilities[species.ordinal()]));
            scores.add(new ClassScore(species.key(), species.label(), p));
        }
        return new DemoResult.Classification(scores);
    }
}
