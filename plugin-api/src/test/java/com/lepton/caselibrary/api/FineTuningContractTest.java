package com.lepton.caselibrary.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FineTuningContractTest {

    private static final LabelledExample EXAMPLE = new LabelledExample(new DemoInput.Text("hello"), "ham");

    @Test
    void aCaseOffersNoFineTuningAndNamesNoClassesUnlessItSaysSo() {
        CaseStudyPlugin plugin = new CaseStudyPlugin() {
            @Override
            public CaseDescriptor descriptor() {
                return null;
            }

            @Override
            public ModelDefinition model() {
                return null;
            }

            @Override
            public DataAdapter adapter() {
                return null;
            }

            @Override
            public DemoDescription demo() {
                return null;
            }
        };
        assertThat(plugin.fineTuning()).isEmpty();
        assertThat(plugin.seriesFineTuning()).isEmpty();
        // A plugin built before 1.8.0 names no classes: the host falls back to its adapter's labels.
        assertThat(plugin.classNames()).isEmpty();
    }

    @Test
    void requestNeedsTrainingAndHeldOutExamplesAndCopiesThem() {
        List<LabelledExample> examples = new ArrayList<>(List.of(EXAMPLE));
        FineTuneRequest request =
                new FineTuneRequest(examples, List.of(EXAMPLE), 0, 7, 1, Path.of("in"), Path.of("out"));
        examples.clear();
        assertThat(request.examples()).hasSize(1);
        assertThatThrownBy(
                        () -> new FineTuneRequest(List.of(), List.of(EXAMPLE), 1, 7, 1, Path.of("in"), Path.of("out")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new FineTuneRequest(List.of(EXAMPLE), List.of(), 1, 7, 1, Path.of("in"), Path.of("out")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FineTuneRequest(
                        List.of(EXAMPLE), List.of(EXAMPLE), -1, 7, 1, Path.of("in"), Path.of("out")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outcomeCopiesItsFigures() {
        List<Double> curve = new ArrayList<>(List.of(0.5));
        FineTuneOutcome outcome = new FineTuneOutcome(
                List.of("a"),
                Map.of("accuracy", 0.1),
                Map.of("accuracy", 0.9),
                List.of(List.of(1)),
                List.of(List.of(1)),
                List.of(1.0),
                curve,
                1,
                2.0);
        curve.add(0.9);
        assertThat(outcome.curve()).containsExactly(0.5);
    }
}
