package com.lepton.caselibrary.plugins.healthcare.progression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One patient's visits as the network reads them: the last {@value #MAX_VISITS} visits, oldest
 * first, padded in front with rows of {@value #PADDING} (a negative visit day marks padding, which
 * the network skips). Used alike by the trainer and the demo's adapter, so both feed the same tensor.
 */
final class VisitSeries {

    /** The most visits the network reads (pbcseq's longest series has 16). */
    static final int MAX_VISITS = 16;

    static final float PADDING = -1f;

    private VisitSeries() {}

    /**
     * A lab value missing at a visit is taken from the visit before (last observation carried
     * forward); one missing since the first visit stays NaN, which the network reads as the training
     * median.
     */
    static List<float[]> carryForward(List<float[]> visits) {
        List<float[]> filled = new ArrayList<>(visits.size());
        float[] previous = null;
        for (float[] visit : visits) {
            float[] copy = visit.clone();
            for (int c = 0; c < copy.length; c++) {
                if (Float.isNaN(copy[c]) && previous != null) {
                    copy[c] = previous[c];
                }
            }
            filled.add(copy);
            previous = copy;
        }
        return filled;
    }

    /** The network's input for the visits {@code 0 .. last} of {@code visits}: {@code MAX_VISITS x COUNT} values. */
    static float[] tensor(List<float[]> visits, int last) {
        float[] values = new float[MAX_VISITS * VisitColumn.COUNT];
        Arrays.fill(values, PADDING);
        int first = Math.max(0, last + 1 - MAX_VISITS);
        int offset = MAX_VISITS - (last + 1 - first);
        for (int v = first; v <= last; v++) {
            System.arraycopy(visits.get(v), 0, values, (offset + v - first) * VisitColumn.COUNT, VisitColumn.COUNT);
        }
        return values;
    }
}
