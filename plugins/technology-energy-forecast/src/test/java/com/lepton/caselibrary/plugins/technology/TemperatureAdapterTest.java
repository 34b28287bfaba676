package com.lepton.caselibrary.plugins.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The adapter's preprocessing, without TensorFlow: refusals happen before any tensor is made. */
class TemperatureAdapterTest {

    private static final Preprocessing SCALING = new Preprocessing(14, 15.0, 7.0);
    private final TemperatureAdapter adapter = new TemperatureAdapter(SCALING);

    private static double[] maxima(int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = 12 + 4 * Math.sin(i / 3.0);
        }
        return values;
    }

    @Test
    void takesTheLastFourteenDaysStandardisedWithTheTrainingStatistics() throws InvalidInputException {
        double[] values = maxima(30);

        float[] window = TemperatureAdapter.standardisedWindow(values, SCALING);

        assertThat(window).hasSize(14);
        for (int k = 0; k < 14; k++) {
            assertThat((double) window[k]).isCloseTo((values[16 + k] - 15.0) / 7.0, within(1e-6));
        }
    }

    @Test
    void refusesFewerDaysThanTheWindow() throws InvalidInputException {
        assertThat(TemperatureAdapter.standardisedWindow(maxima(14), SCALING)).hasSize(14);

        InvalidInputException error = catchThrowableOfType(
                InvalidInputException.class, () -> adapter.toTensors(null, new DemoInput.Series(maxima(13))));

        assertThat(error.userMessage().en()).contains("14").contains("13").contains("maximum temperatures");
        assertThat(error.userMessage().zh()).contains("14").contains("13").contains("最高气温");
    }

    @Test
    void refusesTemperaturesOutsideMinusSixtyToSixty() throws InvalidInputException {
        double[] values = maxima(20);
        values[4] = 75; // Fahrenheit by mistake
        InvalidInputException hot = catchThrowableOfType(
                InvalidInputException.class, () -> adapter.toTensors(null, new DemoInput.Series(values)));
        values[4] = -60.5;
        InvalidInputException cold = catchThrowableOfType(
                InvalidInputException.class, () -> TemperatureAdapter.standardisedWindow(values, SCALING));

        assertThat(hot.userMessage().en())
                .contains("-60")
                .contains("60 °C")
                .contains("value 5")
                .contains("75");
        assertThat(hot.userMessage().zh()).contains("-60 到 60 °C").contains("第 5 个");
        assertThat(cold.userMessage().en()).contains("-60.5");
        // The limits themselves are accepted.
        values[4] = -60;
        values[5] = 60;
        assertThat(TemperatureAdapter.standardisedWindow(values, SCALING)).hasSize(14);
    }

    @Test
    void refusesInputThatIsNotASeries() {
        InvalidInputException error = catchThrowableOfType(
                InvalidInputException.class, () -> adapter.toTensors(null, new DemoInput.Text("12, 13, 14")));

        assertThat(error.userMessage().en()).contains("daily maximum temperatures");
        assertThat(error.userMessage().zh()).contains("最高气温");
    }

    @Test
    void answersWithTheWindowAsHistoryAndTomorrowAsTheForecast() {
        float[] history = new float[14];
        for (int i = 0; i < history.length; i++) {
            history[i] = 10 + i;
        }

        DemoResult.Forecast result = new TemperatureAdapter(SCALING).forecast(history, 24.5f);

        assertThat(result.history()).hasSize(14).startsWith(10.0).endsWith(23.0);
        assertThat(result.forecast()).containsExactly(24.5);
        assertThat(result.quantity().en()).contains("maximum temperature").contains("°C");
        assertThat(result.quantity().zh()).contains("最高气温");
    }
}
