package com.lepton.caselibrary.plugins.finance.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.testkit.ShippedModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short real training run: the trainer on the committed 1,000 reviews (900 as its training file,
 * the data's first 100 as its test file), three epochs. The loss must fall and a SavedModel must come out.
 */
class SmokeTrainingTest {

    @BeforeAll
    static void tensorFlow() {
        ShippedModel.startTensorFlow();
    }

    @Test
    void lossFallsAndTheModelIsExported(@TempDir Path data, @TempDir Path output) throws Exception {
        List<FineFoodReviews.Review> reviews = HeldOutReviews.read();
        write(data.resolve("test.csv"), reviews.subList(0, 100));
        write(data.resolve("train.csv"), reviews.subList(100, 1000));

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ModelCard card = new ReviewRiskTrainer()
                .train(new TrainingContext(data, output, 7, 3, new PrintStream(log, true, StandardCharsets.UTF_8)));

        List<Double> losses = ShippedModel.epochLosses(log.toString(StandardCharsets.UTF_8));
        assertThat(losses).hasSize(3);
        assertThat(losses.getLast()).isLessThan(losses.getFirst());
        assertThat(card.testExamples()).isEqualTo(100);
        assertThat(card.metrics()).containsKeys("accuracy", "f1.other");
        assertThat(card.baselines()).containsKey("bagOfWordsLogistic.accuracy");
        assertThat(output.resolve("saved_model.pb")).isRegularFile();
        assertThat(output.resolve(ReviewRiskCase.VOCABULARY_FILE)).isRegularFile();
    }

    private static void write(Path file, List<FineFoodReviews.Review> reviews) throws Exception {
        StringBuilder csv = new StringBuilder("\"product\",\"review\",\"score\"\n");
        for (FineFoodReviews.Review review : reviews) {
            csv.append("\"x\",\"")
                    .append(review.text().replace("\"", "\"\""))
                    .append("\",\"")
                    .append(review.label().key())
                    .append("\"\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
