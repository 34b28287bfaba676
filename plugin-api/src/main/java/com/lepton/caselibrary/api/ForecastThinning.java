package com.lepton.caselibrary.api;

import com.lepton.caselibrary.api.ModelCard.TestForecast;
import java.util.ArrayList;
import java.util.List;

/** Thins a long test period to every step-th forecast so that its card stays small. */
final class ForecastThinning {

    private ForecastThinning() {}

    /** The period with the smallest step that keeps at most {@code limit} points, values rounded to four decimals. */
    static TestForecast sampled(
            String unit, List<String> dates, double[] actual, double[] model, double[] persistence, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("maxPoints must be at least 1: " + limit);
        }
        int step = Math.max(1, (dates.size() + limit - 1) / limit);
        List<String> keptDates = new ArrayList<>();
        List<Double> keptActual = new ArrayList<>();
        List<Double> keptModel = new ArrayList<>();
        List<Double> keptPersistence = new ArrayList<>();
        for (int i = 0; i < dates.size(); i += step) {
            keptDates.add(dates.get(i));
            keptActual.add(round(actual[i]));
            keptModel.add(round(model[i]));
            keptPersistence.add(round(persistence[i]));
        }
        return new TestForecast(unit, step, keptDates, keptActual, keptModel, keptPersistence);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
