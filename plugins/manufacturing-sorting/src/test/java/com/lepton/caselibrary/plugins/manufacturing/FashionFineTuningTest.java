package com.lepton.caselibrary.plugins.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.FineTuneOutcome;
import com.lepton.caselibrary.api.FineTuneProgress;
import com.lepton.caselibrary.api.FineTuneRequest;
import com.lepton.caselibrary.api.FineTuning;
import com.lepton.caselibrary.api.LabelledExample;
import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.testkit.FineTuningChecks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fine-tunes the shipped model on {@link ConveyorPhotos} of the committed 500-image held-out sample (400 to
 * train, the last 10 of each class held out) and checks that it beats the shipped model on the held-out ones.
 */
class FashionFineTuningTest {

    private static final Path MODEL = Path.of("target/classes/model/fashion-cnn");

    @TempDir
    Path output;

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    @Test
    void theCaseOffersFineTuningOnItsTenClasses() {
        FineTuning fineTuning = new ProductSortingCase().fineTuning().orElseThrow();
        assertThat(fineTuning.classes()).isEqualTo(FashionClass.keys());
    }

    @Test
    void beatsTheShippedModelOnTheClientsHeldOutPhotos() throws Exception {
        List<LabelledExample> train = new ArrayList<>();
        List<LabelledExample> heldOut = new ArrayList<>();
        split(train, heldOut);
        List<FineTuneProgress> progress = new ArrayList<>();

        FineTuneOutcome outcome = FashionFineTuning.create()
                .fineTune(new FineTuneRequest(train, heldOut, 6, 42, 2, MODEL, output), progress::add, () -> false);

        System.out.printf(
                "fine-tuning on 400 conveyor photos: held-out accuracy %.4f -> %.4f in %.1f s%n",
                outcome.before().get("accuracy"), outcome.after().get("accuracy"), outcome.seconds());
        assertThat(progress).extracting(FineTuneProgress::epoch).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(outcome.curve()).hasSize(6);
        assertThat(outcome.after().get("accuracy"))
                .isGreaterThan(outcome.before().get("accuracy") + 0.2);
        assertThat(FineTuningChecks.examplesInConfusion(outcome))
                .as("figures on held-out examples only")
                .isEqualTo(heldOut.size());
        assertThat(output.resolve("saved_model.pb")).isRegularFile();
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        List<LabelledExample> train = new ArrayList<>();
        List<LabelledExample> heldOut = new ArrayList<>();
        split(train, heldOut);

        FineTuningChecks.assertStopsWhenCancelled(
                FashionFineTuning.create(), new FineTuneRequest(train, heldOut, 50, 42, 2, MODEL, output));
    }

    /** The sample's 50 images per class: the first 40 of each class train, the last 10 are held out. */
    private static void split(List<LabelledExample> train, List<LabelledExample> heldOut) throws Exception {
        FashionMnist sample = ShippedModelHeldOutTest.heldOut();
        List<LabelledExample> photos = ConveyorPhotos.of(sample, 0, sample.count(), 7);
        int[] seen = new int[FashionClass.COUNT];
        for (int i = 0; i < photos.size(); i++) {
            int label = sample.label(i);
            (seen[label]++ < 40 ? train : heldOut).add(photos.get(i));
        }
    }
}
