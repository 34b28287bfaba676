package com.lepton.caselibrary.plugins.finance.digits;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.FineTuneOutcome;
import com.lepton.caselibrary.api.FineTuneProgress;
import com.lepton.caselibrary.api.FineTuneRequest;
import com.lepton.caselibrary.api.LabelledExample;
import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.testkit.FineTuningChecks;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fine-tunes the shipped digit CNN on a client's scanned cheques, built from the committed 200 real MNIST test
 * digits (20 per class) by a documented transformation: the client writes with a broad pen (each stroke widened
 * by a 3x3 maximum filter) and its scanner lifts the black level of the paper to a quarter of white
 * ({@code 0.25 + 0.75 * ink}). The first 15 scans of each digit train, the last 5 are held out.
 */
class DigitsFineTuningTest {

    private static final Path MODEL = Path.of("target/classes/" + ChequeDigitsCase.MODEL_PATH);

    @TempDir
    Path output;

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    @Test
    void theCaseOffersFineTuningOnTheTenDigits() {
        assertThat(new ChequeDigitsCase().fineTuning().orElseThrow().classes()).isEqualTo(Digits.keys());
    }

    @Test
    void beatsTheShippedModelOnTheClientsHeldOutScans() throws Exception {
        DigitSet sample = DigitSetTest.heldOut();
        List<LabelledExample> train = new ArrayList<>();
        List<LabelledExample> heldOut = new ArrayList<>();
        int[] seen = new int[Digits.COUNT];
        for (int i = 0; i < sample.count(); i++) {
            int label = sample.label(i);
            LabelledExample scan =
                    new LabelledExample(new DemoInput.Image(scanned(sample.pixels(i))), Digits.key(label));
            (seen[label]++ < 15 ? train : heldOut).add(scan);
        }
        List<FineTuneProgress> progress = new ArrayList<>();

        FineTuneOutcome outcome = DigitsFineTuning.create()
                .fineTune(new FineTuneRequest(train, heldOut, 6, 42, 2, MODEL, output), progress::add, () -> false);

        System.out.printf(
                "fine-tuning on 150 scanned cheque digits: held-out accuracy %.4f -> %.4f, losses %s, in %.1f s%n",
                outcome.before().get("accuracy"), outcome.after().get("accuracy"), outcome.losses(), outcome.seconds());
        assertThat(progress).extracting(FineTuneProgress::epoch).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(outcome.losses().getLast()).isLessThan(outcome.losses().getFirst());
        assertThat(outcome.after().get("accuracy"))
                .isGreaterThan(outcome.before().get("accuracy") + 0.05);
        assertThat(FineTuningChecks.examplesInConfusion(outcome))
                .as("figures on held-out examples only")
                .isEqualTo(heldOut.size());
        assertThat(output.resolve("saved_model.pb")).isRegularFile();
    }

    /** A 28x28 scan of the digit: strokes widened by a 3x3 maximum, paper at a quarter of white. */
    static BufferedImage scanned(float[] ink) {
        int size = DigitSet.SIZE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float wide = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int yy = y + dy;
                        int xx = x + dx;
                        if (yy >= 0 && yy < size && xx >= 0 && xx < size) {
                            wide = Math.max(wide, ink[yy * size + xx]);
                        }
                    }
                }
                image.getRaster().setSample(x, y, 0, Math.round(255 * (0.25f + 0.75f * wide)));
            }
        }
        return image;
    }
}
