package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PenguinTableTest {

    static PenguinTable shipped() throws Exception {
        return PenguinTable.load(SpeciesTrainer.PROJECT_DATA);
    }

    @Test
    void readsThePenguinsWithAllFourMeasurements() throws Exception {
        PenguinTable all = shipped();
        // 344 penguins in the file, two without measurements.
        assertThat(all.count()).isEqualTo(342);
        int[] perSpecies = new int[Species.values().length];
        Arrays.stream(all.labels()).forEach(label -> perSpecies[label]++);
        assertThat(perSpecies).containsExactly(151, 68, 123);
        assertThat(all.features()[0]).isEqualTo(39.1f);
    }

    @Test
    void theSplitsKeepEachSpeciesShareAndDoNotOverlap() throws Exception {
        SpeciesTrainer.Splits splits = SpeciesTrainer.Splits.of(shipped());
        assertThat(splits.train().count() + splits.validation().count() + splits.test().count()).isEqualTo(342);
        int[] test = new int[Species.values().length];
        Arrays.stream(splits.test().labels()).forEach(label -> test[label]++);
        assertThat(test).containsExactly(30, 14, 25);
        // The same seed gives the same test penguins.
        assertThat(SpeciesTrainer.Splits.of(shipped()).test().features()).containsExactly(splits.test().features());
    }
}
