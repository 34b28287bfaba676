package com.lepton.caselibrary.plugins.finance.reviews;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Training entry point: trains the review LSTM as the host's {@code train --case finance-review-risk}
 * does and writes the SavedModel, {@code vocab.txt} and {@code model-card.json} into the plugin's resources.
 *
 * <pre>
 * Rscript plugins/finance-review-risk/export-fine-foods.R data/fine-foods
 * ./mvnw -B -pl plugins/finance-review-risk -am test-compile exec:exec@train -Dtf.native.dir=... [-Depochs=8] [-Dseed=42]
 * </pre>
 */
public final class TrainReviewLstm {

    private TrainReviewLstm() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : ReviewRiskTrainer.EXPORTED.toString());
        Path output = Path.of(args.length > 1 ? args[1] : "src/main/resources/" + ReviewRiskCase.MODEL_PATH);
        ModelCard card = new ReviewRiskTrainer()
                .train(new TrainingContext(
                        data, output, Long.getLong("seed", 42), Integer.getInteger("epochs", 0), System.out));
        Files.writeString(output.resolve("model-card.json"), ModelCardJson.write(card), StandardCharsets.UTF_8);
        System.out.println("model card: " + output.resolve("model-card.json"));
    }
}
