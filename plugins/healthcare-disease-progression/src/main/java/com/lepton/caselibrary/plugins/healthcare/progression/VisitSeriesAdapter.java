package com.lepton.caselibrary.plugins.healthcare.progression;

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
import java.util.Locale;

/**
 * Takes a patient's visits as pasted CSV (see {@link VisitCsv}) and turns the network's answer into
 * the probability of death within three years, with the decision at the shipped operating point
 * written into the label of that class. The scaling lives in the SavedModel. Stateless and thread-safe.
 */
public final class VisitSeriesAdapter implements DataAdapter {

    @Override
    public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
        if (!(input instanceof DemoInput.Text text)) {
            throw new InvalidInputException(LocalizedText.of(
                    "此演示需要随访记录 CSV：每次随访一行，列为 " + VisitColumn.HEADER + "。",
                    "This demo needs the visits as CSV: one line per visit, columns " + VisitColumn.HEADER + "."));
        }
        List<float[]> visits = VisitCsv.parse(text.text());
        return new NDList(manager.create(
                VisitSeries.tensor(visits, visits.size() - 1), new Shape(VisitSeries.MAX_VISITS, VisitColumn.COUNT)));
    }

    @Override
    public DemoResult toResult(NDList output) {
        return decide(output.get(0).toFloatArray(), output.get(1).toFloatArray()[0]);
    }

    /** The two probabilities, the death class labelled with the decision at {@code operatingPoint}. */
    static DemoResult.Classification decide(float[] probabilities, float operatingPoint) {
        if (probabilities.length != Outcome.values().length) {
            throw new IllegalArgumentException("expected 2 probabilities, got " + probabilities.length);
        }
        float death = clean(probabilities[Outcome.DEATH.ordinal()]);
        boolean flagged = death >= operatingPoint;
        String point = String.format(Locale.ROOT, "%.1f %%", operatingPoint * 100);
        LocalizedText deathLabel = LocalizedText.of(
                Outcome.DEATH.label().zh() + (flagged ? "：高风险（不低于工作点 " : "：未达工作点 ") + point + (flagged ? "）" : ""),
                Outcome.DEATH.label().en()
                        + (flagged
                                ? ": high risk (at or above the operating point of "
                                : ": below the operating point of ")
                        + point
                        + (flagged ? ")" : ""));
        return new DemoResult.Classification(List.of(
                new ClassScore(Outcome.DEATH.key(), deathLabel, death),
                new ClassScore(
                        Outcome.ALIVE.key(), Outcome.ALIVE.label(), clean(probabilities[Outcome.ALIVE.ordinal()]))));
    }

    private static float clean(float p) {
        return Float.isNaN(p) ? 0 : (float) Math.clamp(p, 0.0, 1.0);
    }
}
