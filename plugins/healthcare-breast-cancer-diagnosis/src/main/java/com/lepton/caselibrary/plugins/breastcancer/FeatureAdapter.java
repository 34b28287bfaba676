package com.lepton.caselibrary.plugins.breastcancer;

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
import java.util.Locale;

/**
 * Takes the 30 measurements of one aspirate, in the data set's order, as a series (one CSV line
 * or one value per line), and turns the network's two probabilities into a diagnosis. The scaling
 * lives in the SavedModel. Stateless and thread-safe.
 */
public final class FeatureAdapter implements DataAdapter {

    @Override
    public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
        if (!(input instanceof DemoInput.Series series)) {
            throw new InvalidInputException(LocalizedText.of(
                    "此演示需要 30 个数值（一行，以逗号分隔），按页面所列顺序。",
                    "This demo needs 30 numbers (one line, separated by commas), in the order the page lists."));
        }
        return new NDList(manager.create(features(series.values()), new Shape(Feature.COUNT)));
    }

    /** The 30 values as floats, after checking count, sign and plausibility. */
    static float[] features(double[] values) throws InvalidInputException {
        if (values.length != Feature.COUNT) {
            throw new InvalidInputException(LocalizedText.of(
                    "需要正好 30 个测量值（10 项指标的均值、标准误和最差值），收到 " + values.length + " 个。",
                    "Exactly 30 measurements are needed (mean, standard error and worst of 10 measures); got "
                            + values.length + "."));
        }
        float[] features = new float[Feature.COUNT];
        for (Feature feature : Feature.values()) {
            double value = values[feature.ordinal()];
            if (!Double.isFinite(value) || value < 0 || value > feature.largestPlausible()) {
                String shown = Double.isFinite(value) ? String.format(Locale.ROOT, "%g", value) : String.valueOf(value);
                throw new InvalidInputException(LocalizedText.of(
                        "第 " + (feature.ordinal() + 1) + " 个值（"
                                + feature.label().zh() + "）为 " + shown + "，不在 0 到 " + format(feature.largestPlausible())
                                + " 之间。",
                        "Value " + (feature.ordinal() + 1) + " ("
                                + feature.label().en() + ") is " + shown + ", not between 0 and "
                                + format(feature.largestPlausible()) + "."));
            }
            features[feature.ordinal()] = (float) value;
        }
        return features;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    @Override
    public DemoResult toResult(NDList output) {
        return diagnose(output.get(0).toFloatArray());
    }

    static DemoResult.Classification diagnose(float[] probabilities) {
        if (probabilities.length != Diagnosis.values().length) {
            throw new IllegalArgumentException("expected 2 probabilities, got " + probabilities.length);
        }
        List<ClassScore> scores = new ArrayList<>();
        for (Diagnosis diagnosis : Diagnosis.values()) {
            float p = probabilities[diagnosis.ordinal()];
            scores.add(
                    new ClassScore(diagnosis.key(), diagnosis.label(), Float.isNaN(p) ? 0 : Math.clamp(p, 0.0, 1.0)));
        }
        return new DemoResult.Classification(scores);
    }
}
