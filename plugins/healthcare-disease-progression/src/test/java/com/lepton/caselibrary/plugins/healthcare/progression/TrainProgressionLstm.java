package com.lepton.caselibrary.plugins.healthcare.progression;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Dev runner: trains as the host's {@code train --case healthcare-disease-progression} would, writes
 * the SavedModel and card into the resources, and the demo samples: the first two test patients who
 * died and the first two who lived, four different patients, each with at least three visits, their visits up to their latest
 * prediction point, as a visitor would paste them.
 */
public final class TrainProgressionLstm {

    private TrainProgressionLstm() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path src = Path.of(args[2]);
        ModelCard card = new ProgressionTrainer()
                .train(new TrainingContext(
                        data, output, Long.getLong("seed", 42), Integer.getInteger("epochs", 0), System.out));
        Files.writeString(output.resolve("model-card.json"), ModelCardJson.write(card), StandardCharsets.UTF_8);

        PbcPatients test = PbcPatients.read(data.resolve(PbcPatients.FILE))
                .split(
                        ProgressionTrainer.VALIDATION_SHARE,
                        ProgressionTrainer.TEST_SHARE,
                        ProgressionTrainer.SPLIT_SEED)
                .get(2);
        Set<Integer> shown = new HashSet<>();
        for (Outcome outcome : Outcome.values()) {
            int written = 0;
            for (PbcPatients.Patient patient : test.patients()) {
                int point = latestPoint(patient, outcome);
                if (written == 2 || point < 2 || !shown.add(patient.id())) {
                    continue;
                }
                written++;
                String id = (outcome == Outcome.DEATH ? "died-" : "alive-") + written;
                Files.writeString(
                        src.resolve("main/resources/samples/" + id + ".csv"),
                        csv(patient.visits().subList(0, point + 1)),
                        StandardCharsets.UTF_8);
                System.out.printf(
                        "new Sample(\"%s\", %d, %d, Outcome.%s),%n", id, patient.id(), point + 1, outcome.name());
            }
        }
    }

    /** The latest visit of {@code patient} whose outcome is {@code outcome}, or -1. */
    private static int latestPoint(PbcPatients.Patient patient, Outcome outcome) {
        int wanted = outcome == Outcome.DEATH ? 1 : 0;
        for (int v = patient.visits().size() - 1; v >= 0; v--) {
            if (patient.outcomeAt(v) == wanted) {
                return v;
            }
        }
        return -1;
    }

    static String csv(List<float[]> visits) {
        List<String> lines = new ArrayList<>();
        lines.add(VisitColumn.HEADER);
        for (float[] visit : visits) {
            List<String> fields = new ArrayList<>();
            for (float value : visit) {
                fields.add(
                        Float.isNaN(value)
                                ? ""
                                : value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
            }
            lines.add(String.join(",", fields));
        }
        return String.join("\n", lines) + "\n";
    }
}
