package com.lepton.caselibrary.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CaseStudyTest {

    private static final LocalizedText TEXT = LocalizedText.of("企鹅", "Penguins");
    private static final CaseDescriptor DESCRIPTOR = new CaseDescriptor(
            "wildlife-penguins",
            Industry.TECHNOLOGY,
            TEXT,
            TEXT,
            List.of("penguins"),
            AlgorithmFamily.MLP,
            DataType.TABULAR,
            new DataSource("Palmer penguins", "vega-datasets", "CC0", "https://example.org"));
    private static final ModelDefinition MODEL = ModelDefinition.shipped("penguin-mlp", "1.0.0", 4);
    private static final DemoDescription DEMO = new DemoDescription(
            InputKind.SERIES, OutputKind.CLASSIFICATION, List.of(DemoSample.shipped("adelie", TEXT, "csv", "adelie")));
    private static final DataAdapter ADAPTER = new DataAdapter() {
        @Override
        public NDList toTensors(NDManager manager, DemoInput input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DemoResult toResult(NDList output) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void handsTheHostWhatTheSubclassGave() {
        AtomicInteger trainersMade = new AtomicInteger();
        CaseStudyPlugin plugin = new CaseStudy(DESCRIPTOR, MODEL, DEMO, ADAPTER, () -> {
            trainersMade.incrementAndGet();
            return null;
        }) {};

        assertThat(plugin.descriptor()).isSameAs(DESCRIPTOR);
        assertThat(plugin.model()).isSameAs(MODEL);
        assertThat(plugin.demo()).isSameAs(DEMO);
        assertThat(plugin.adapter()).isSameAs(ADAPTER);
        assertThat(plugin.solutions()).isEmpty();
        assertThat(trainersMade).as("no trainer until the host asks").hasValue(0);
    }

    @Test
    void makesANewTrainerEachTimeTheHostAsks() {
        AtomicInteger trainersMade = new AtomicInteger();
        CaseStudyPlugin plugin = new CaseStudy(DESCRIPTOR, MODEL, DEMO, ADAPTER, () -> new ModelTrainer() {
            final int number = trainersMade.incrementAndGet();

            @Override
            public List<Path> dataDirectories() {
                return List.of();
            }

            @Override
            public ModelCard train(TrainingContext context) {
                throw new UnsupportedOperationException("trainer " + number);
            }
        }) {};

        assertThat(plugin.trainer()).isPresent();
        assertThat(plugin.trainer()).isPresent();
        assertThat(trainersMade).hasValue(2);
    }

    @Test
    void aCaseWithoutTrainerSaysSo() {
        assertThat(new CaseStudy(DESCRIPTOR, MODEL, DEMO, ADAPTER) {}.trainer()).isEmpty();
    }

    @Test
    void refusesMissingParts() {
        assertThatThrownBy(() -> new CaseStudy(null, MODEL, DEMO, ADAPTER) {})
                .isInstanceOf(NullPointerException.class)
                .hasMessage("descriptor");
        assertThatThrownBy(() -> new CaseStudy(DESCRIPTOR, MODEL, DEMO, null) {})
                .isInstanceOf(NullPointerException.class)
                .hasMessage("adapter");
    }

    @Test
    void shippedModelAndSampleFollowTheJarLayout() {
        assertThat(MODEL.savedModelPath()).isEqualTo("model/penguin-mlp");
        assertThat(MODEL.modelCardPath()).isEqualTo("model/penguin-mlp/model-card.json");
        assertThat(MODEL.inputShape()).containsExactly(4);
        assertThat(DEMO.samples().getFirst().resourcePath()).isEqualTo("samples/adelie.csv");
    }
}
