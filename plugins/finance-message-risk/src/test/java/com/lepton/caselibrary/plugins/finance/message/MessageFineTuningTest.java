package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lepton.caselibrary.api.FineTuneOutcome;
import com.lepton.caselibrary.api.FineTuneProgress;
import com.lepton.caselibrary.api.FineTuneRequest;
import com.lepton.caselibrary.api.FineTuning;
import com.lepton.caselibrary.api.LabelledExample;
import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.testkit.FineTuningChecks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fine-tunes the shipped text CNN on {@link ClientMessages}, an inbox whose legitimate mail is customer reviews:
 * 200 messages per class, the first 40 of each class held out. The shipped model has never seen such ham.
 */
class MessageFineTuningTest {

    private static final Path MODEL = Path.of("target/classes/" + MessageRiskCase.MODEL_PATH);
    private static final int PER_CLASS = 200;
    private static final int HELD_OUT_PER_CLASS = 40;

    @TempDir
    Path output;

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    @Test
    void theCaseOffersFineTuningOnItsTwoClasses() {
        FineTuning fineTuning = new MessageRiskCase().fineTuning().orElseThrow();
        assertThat(fineTuning.classes()).containsExactly("ham", "spam");
    }

    @Test
    void learnsTheClientsMessagesAndDoesNotLoseOnTheirHeldOutOnes() throws Exception {
        assumeTrue(ClientMessages.available(), "SpamAssassin corpus or the committed reviews missing");
        List<LabelledExample> train = new ArrayList<>();
        List<LabelledExample> heldOut = new ArrayList<>();
        split(train, heldOut);
        List<FineTuneProgress> progress = new ArrayList<>();

        FineTuneOutcome outcome = MessageFineTuning.create()
                .fineTune(new FineTuneRequest(train, heldOut, 5, 42, 2, MODEL, output), progress::add, () -> false);

        System.out.printf(
                "fine-tuning the text CNN (lr " + MessageFineTuning.LEARNING_RATE
                        + ") on %d client messages: held-out accuracy %.4f -> %.4f, macro-F1 %.4f ->"
                        + " %.4f, losses %s, validation %s, epoch %d kept, in %.1f s%n",
                train.size(),
                outcome.before().get("accuracy"),
                outcome.after().get("accuracy"),
                outcome.before().get("macroF1"),
                outcome.after().get("macroF1"),
                outcome.losses(),
                outcome.curve(),
                outcome.bestEpoch(),
                outcome.seconds());
        assertThat(progress).extracting(FineTuneProgress::epoch).containsExactly(1, 2, 3, 4, 5);
        assertThat(outcome.losses().getLast())
                .as("the loss falls")
                .isLessThan(outcome.losses().getFirst());
        assertThat(outcome.after().get("accuracy"))
                .isGreaterThanOrEqualTo(outcome.before().get("accuracy"));
        assertThat(FineTuningChecks.examplesInConfusion(outcome))
                .as("figures on held-out examples only")
                .isEqualTo(heldOut.size());
        assertThat(output.resolve("saved_model.pb")).isRegularFile();
        assertThat(output.resolve(MessageRiskCase.VOCABULARY_FILE)).isRegularFile();
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        assumeTrue(ClientMessages.available(), "SpamAssassin corpus or the committed reviews missing");
        List<LabelledExample> train = new ArrayList<>();
        List<LabelledExample> heldOut = new ArrayList<>();
        split(train, heldOut);

        FineTuningChecks.assertStopsWhenCancelled(
                MessageFineTuning.create(), new FineTuneRequest(train, heldOut, 30, 42, 2, MODEL, output));
        assertThat(output.resolve("saved_model.pb")).doesNotExist();
    }

    /** The first {@value #HELD_OUT_PER_CLASS} messages of each class are held out, the rest train. */
    private static void split(List<LabelledExample> train, List<LabelledExample> heldOut) throws Exception {
        Map<String, Integer> seen = new HashMap<>();
        for (LabelledExample example : ClientMessages.of(PER_CLASS)) {
            int index = seen.merge(example.label(), 1, Integer::sum);
            (index <= HELD_OUT_PER_CLASS ? heldOut : train).add(example);
        }
    }
}
