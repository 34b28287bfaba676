package com.lepton.caselibrary.plugins.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The adapter's preprocessing, without TensorFlow: refusals happen before any tensor is made. */
class VolatilityAdapterTest {

    private static final Preprocessing SCALING = new Preprocessing(20, 0.0005, 0.012, 22.4);
    private final VolatilityAdapter adapter = new VolatilityAdapter(SCALING);

    private static double[] prices(int count) {
        double[] prices = new double[count];
        for (int i = 0; i < count; i++) {
            prices[i] = 100 + 3 * Math.sin(i) + i * 0.1;
        }
        return prices;
    }

    @Test
    void takesTheLastTwentyLogReturnsStandardisedWithTheTrainingStatistics() throws InvalidInputException {
        double[] prices = prices(60);

        float[] window = VolatilityAdapter.standardisedWindow(prices, SCALING);

        assertThat(window).hasSize(20);
        for (int k = 0; k < 20; k++) {
            // Day k of the window is the return from price 39 + k to price 40 + k.
            double r = Math.log(prices[40 + k] / prices[39 + k]);
            assertThat((double) window[k]).isCloseTo((r - 0.0005) / 0.012, within(1e-5));
        }
    }

    @Test
    void needsExactlyTwentyOnePricesAtLeast() throws InvalidInputException {
        assertThat(VolatilityAdapter.standardisedWindow(prices(21), SCALING)).hasSize(20);

        InvalidInputException error = catchThrowableOfType(
                InvalidInputException.class, () -> adapter.toTensors(null, new DemoInput.Series(prices(20))));

        assertThat(error.userMessage().en()).contains("21").contains("20");
        assertThat(error.userMessage().zh()).contains("21").contains("收盘价");
    }

    @Test
    void refusesNonPositivePrices() {
        double[] prices = prices(30);
        prices[7] = 0;
        InvalidInputException zero = catchThrowableOfType(
                InvalidInputException.class, () -> adapter.toTensors(null, new DemoInput.Series(prices)));
        prices[7] = -5;
        InvalidInputException negative = catchThrowableOfType(
                InvalidInputException.class, () -> VolatilityAdapter.standardisedWindow(prices, SCALING));

        assertThat(zero.userMessage().en()).contains("positive").contains("value 8");
        assertThat(zero.userMessage().zh()).contains("正数").contains("第 8 个");
        assertThat(negative.userMessage().en()).contains("-5");
    }

    @Test
    void refusesInputThatIsNotASeries() {
        InvalidInputException error = catchThrowableOfType(
                InvalidInputException.class, () -> adapter.toTensors(null, new DemoInput.Text("1,2,3")));

        assertThat(error.userMessage().en()).contains("closing prices");
        assertThat(error.userMessage().zh()).contains("收盘价");
    }

    @Test
    void drawsTheForecastAsOneLevelForEachOfTheNextFiveDays() {
        float[] history = new float[VolatilityLstm.HISTORY_LENGTH];
        for (int i = 0; i < history.length; i++) {
            history[i] = 10 + i;
        }

        DemoResult.Forecast result = new VolatilityAdapter(SCALING).forecast(history, 18.5f);

        assertThat(result.history()).hasSize(16).startsWith(10.0).endsWith(25.0);
        assertThat(result.forecast()).containsExactly(18.5, 18.5, 18.5, 18.5, 18.5);
    }

    @Test
    void readsBackWhatTheTrainerWrites() throws IOException {
        Preprocessing scaling = new Preprocessing(20, 9.199752877393785E-5, 0.012836287094462818, 22.41503370468925);

        Preprocessing read = Preprocessing.read(scaling.write("test"));

        assertThat(read).isEqualTo(scaling);
        assertThat(scaling.write("test")).doesNotContain("UTC").contains("returnStd=0.012836287094462818");
    }

    @Test
    void refusesAnIncompleteScalingFile() {
        IOException error =
                catchThrowableOfType(IOException.class, () -> Preprocessing.read("window=20\nreturnMean=0\n"));

        assertThat(error).hasMessageContaining("returnStd");
    }
}
