package com.lepton.caselibrary.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped samples through the shipped SavedModel and the adapter, stacked into one batch as the
 * portal serves visitors: a classification's probabilities sum to 1, a sample whose expected answer
 * is a class key comes back as that class, and the last sample run alone gives what it gave in the
 * batch. A plugin's test extends this class and names its case:
 *
 * <pre>{@code
 * class ShippedSamplesTest extends ShippedSamplesContract {
 *     ShippedSamplesTest() {
 *         super(new ProductSortingCase());
 *     }
 * }
 * }</pre>
 */
public abstract class ShippedSamplesContract {

    private static final double TOLERANCE = 1e-4;

    private final CaseStudyPlugin plugin;

    protected ShippedSamplesContract(CaseStudyPlugin plugin) {
        this.plugin = plugin;
    }

    @Test
    void everyShippedSampleGivesItsKnownAnswerInOneBatch() throws Exception {
        List<DemoSample> samples = plugin.demo().samples();
        try (ShippedModel model = ShippedModel.open(plugin)) {
            List<DemoInput> inputs = new ArrayList<>();
            for (DemoSample sample : samples) {
                inputs.add(model.sampleInput(sample));
            }
            List<DemoResult> results = model.runAll(inputs);

            assertEquals(samples.size(), results.size(), "one result per sample");
            for (int i = 0; i < samples.size(); i++) {
                if (results.get(i) instanceof DemoResult.Classification classification) {
                    checkClassification(samples.get(i), classification);
                }
            }
            assertSame(results.getLast(), model.run(inputs.getLast()));
        }
    }

    private static void checkClassification(DemoSample sample, DemoResult.Classification classification) {
        double sum = classification.scores().stream()
                .mapToDouble(ClassScore::probability)
                .sum();
        assertEquals(1.0, sum, TOLERANCE, sample.id() + ": probabilities sum to 1");
        boolean expectsAClass =
                classification.scores().stream().anyMatch(score -> score.key().equals(sample.expected()));
        if (expectsAClass) {
            assertEquals(sample.expected(), classification.top().key(), sample.id() + ": top class");
        }
    }

    /** The same answer, up to float rounding between a batch and a single run. */
    private static void assertSame(DemoResult inBatch, DemoResult alone) {
        String message = "the last sample alone gives what it gave in the batch";
        switch (inBatch) {
            case DemoResult.Classification batch -> {
                DemoResult.Classification single = (DemoResult.Classification) alone;
                assertEquals(batch.top().key(), single.top().key(), message);
                assertEquals(batch.top().probability(), single.top().probability(), TOLERANCE, message);
            }
            case DemoResult.Forecast batch -> {
                DemoResult.Forecast single = (DemoResult.Forecast) alone;
                assertArrayEquals(batch.history(), single.history(), TOLERANCE, message);
                assertArrayEquals(batch.forecast(), single.forecast(), TOLERANCE, message);
            }
            case DemoResult.Anomalies batch -> {
                DemoResult.Anomalies single = (DemoResult.Anomalies) alone;
                assertArrayEquals(batch.scores(), single.scores(), TOLERANCE, message);
            }
            default -> assertEquals(inBatch.getClass(), alone.getClass(), message);
        }
    }
}
