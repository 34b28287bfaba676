package com.lepton.caselibrary.plugins.healthcare.progression;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.testkit.ShippedModel;
import com.lepton.caselibrary.trainingkit.EpochLoop;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real training for a few epochs on the committed pbcseq export: the loss falls; the split is by patient. */
class SmokeTrainingTest {

    private static PbcPatients all;

    @BeforeAll
    static void load() throws Exception {
        ShippedModel.startTensorFlow();
        all = PbcPatients.read(Path.of("data", PbcPatients.FILE));
    }

    @Test
    void lossFallsOnTheTrainingPatients() {
        List<PbcPatients> split = all.split(0.2, 0.2, ProgressionTrainer.SPLIT_SEED);
        List<PbcPatients.Example> train = split.get(0).examples().subList(0, 400);
        List<PbcPatients.Example> validation = split.get(1).examples();

        EpochLoop.Outcome fit = ProgressionTrainer.fit(
                train,
                validation,
                split.get(0).scaling(),
                6,
                3,
                new PrintStream(PrintStream.nullOutputStream()),
                3e-3f,
                ProgressionTrainer.L2);

        assertThat(fit.losses().getLast()).isLessThan(fit.losses().getFirst() * 0.8);
        assertThat(fit.bestScore()).isGreaterThan(fit.curve().getFirst());
    }

    @Test
    void theDataHoldsPbcseqAndTheSplitKeepsEachPatientOnOneSide() {
        assertThat(all.patients()).hasSize(312);
        assertThat(all.patients().stream().mapToInt(p -> p.visits().size()).sum())
                .isEqualTo(1945);
        List<PbcPatients> split = all.split(0.2, 0.2, ProgressionTrainer.SPLIT_SEED);
        List<PbcPatients> again = all.split(0.2, 0.2, ProgressionTrainer.SPLIT_SEED);
        List<List<Integer>> ids = split.stream()
                .map(part ->
                        part.patients().stream().map(PbcPatients.Patient::id).toList())
                .toList();
        assertThat(ids)
                .isEqualTo(again.stream()
                        .map(part -> part.patients().stream()
                                .map(PbcPatients.Patient::id)
                                .toList())
                        .toList());
        assertThat(IntStream.range(0, 3).map(i -> ids.get(i).size()).sum()).isEqualTo(312);
        assertThat(ids.get(0)).doesNotContainAnyElementsOf(ids.get(2));
        assertThat(ids.get(1)).doesNotContainAnyElementsOf(ids.get(2));
        assertThat(ids.get(0)).doesNotContainAnyElementsOf(ids.get(1));
    }

    @Test
    void aVisitFollowedByTransplantOrCensoringWithinTheHorizonIsLeftOut() {
        PbcPatients.Patient censored =
                new PbcPatients.Patient(1, 1000, PbcPatients.CENSORED, List.of(visitOnDay(0), visitOnDay(500)));
        assertThat(censored.outcomeAt(0)).isEqualTo(-1);
        PbcPatients.Patient transplanted =
                new PbcPatients.Patient(2, 5000, PbcPatients.TRANSPLANT, List.of(visitOnDay(0), visitOnDay(4500)));
        assertThat(transplanted.outcomeAt(0)).isZero();
        assertThat(transplanted.outcomeAt(1)).isEqualTo(-1);
        PbcPatients.Patient died =
                new PbcPatients.Patient(3, 2000, PbcPatients.DEAD, List.of(visitOnDay(0), visitOnDay(1500)));
        assertThat(died.outcomeAt(0)).isZero();
        assertThat(died.outcomeAt(1)).isEqualTo(1);
    }

    private static float[] visitOnDay(int day) {
        float[] visit = new float[VisitColumn.COUNT];
        visit[VisitColumn.DAY.ordinal()] = day;
        return visit;
    }
}
