package com.lepton.caselibrary.plugins.breastcancer;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dev runner: trains as the host's {@code train --case healthcare-breast-cancer-diagnosis} would,
 * writes the SavedModel and card into the resources, the demo samples (the first two malignant
 * and two benign test cases, one CSV line each) and the committed held-out sample (the whole
 * test split, in the data file's layout).
 */
public final class TrainWdbcMlp {

    private TrainWdbcMlp() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path src = Path.of(args[2]);
        ModelCard card = new BreastCancerTrainer()
                .train(new TrainingContext(
                        data, output, Long.getLong("seed", 42), Integer.getInteger("epochs", 0), System.out));
        Files.writeString(output.resolve("model-card.json"), ModelCardJson.write(card), StandardCharsets.UTF_8);

        WdbcTable all = WdbcTable.read(data.resolve(WdbcTable.FILE));
        int[] test = all.stratifiedSplit(
                        BreastCancerTrainer.VALIDATION_SHARE,
                        BreastCancerTrainer.TEST_SHARE,
                        BreastCancerTrainer.SPLIT_SEED)[2];
        List<String> heldOut = new ArrayList<>();
        heldOut.add("# Breast Cancer Wisconsin (Diagnostic), test split (" + test.length
                + " cases): 30 features, class (0 malignant, 1 benign). Wolberg, Street, Mangasarian; UCI, CC BY 4.0.");
        List<Integer> malignant = new ArrayList<>();
        List<Integer> benign = new ArrayList<>();
        for (int row : test) {
            heldOut.add(line(all.features().get(row)) + "," + all.labels()[row]);
            (all.labels()[row] == Diagnosis.MALIGNANT.ordinal() ? malignant : benign).add(row);
        }
        Files.write(src.resolve("test/resources/wdbc-test-split.csv"), heldOut, StandardCharsets.UTF_8);
        String[] ids = {"malignant-1", "malignant-2", "benign-1", "benign-2"};
        int[] rows = {malignant.get(0), malignant.get(1), benign.get(0), benign.get(1)};
        for (int i = 0; i < ids.length; i++) {
            Files.writeString(
                    src.resolve("main/resources/samples/" + ids[i] + ".csv"),
                    line(all.features().get(rows[i])) + "\n",
                    StandardCharsets.UTF_8);
            // Rows from 1 after the header line, as BreastCancerCase.SAMPLE_ROWS names them.
            System.out.println("sample " + ids[i] + ": data row " + (rows[i] + 1));
        }
    }

    private static String line(float[] row) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            line.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%s", row[i]));
        }
        return line.toString();
    }
}
