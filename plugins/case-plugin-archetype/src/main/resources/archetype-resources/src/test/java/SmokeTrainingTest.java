package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.testkit.ShippedModel;
import java.io.PrintStream;
import java.io.OutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real network and training loop, 30 epochs on the shipped data: the loss falls and validation accuracy leaves chance far behind. */
class SmokeTrainingTest {

    @BeforeAll
    static void loadTensorFlow() {
        ShippedModel.startTensorFlow();
    }

    @Test
    void thirtyEpochsLowerTheLossAndSeparateTheSpecies() throws Exception {
        SpeciesTrainer.Splits splits = SpeciesTrainer.Splits.of(PenguinTableTest.shipped());
        SpeciesTrainer.Fit fit = SpeciesTrainer.fit(splits.train(), splits.validation(), splits.train().meanAndStd(), 30, 42,
                new PrintStream(OutputStream.nullOutputStream()));
        System.out.printf("smoke training: loss %.4f -> %.4f, best validation accuracy %.4f (chance about 0.33)%n",
                fit.firstLoss(), fit.lastLoss(), fit.curve().get(fit.bestEpoch() - 1));
        assertThat(fit.lastLoss()).isLessThan(0.5 * fit.firstLoss());
        assertThat(fit.curve().get(fit.bestEpoch() - 1)).isGreaterThan(0.9);
    }
}
