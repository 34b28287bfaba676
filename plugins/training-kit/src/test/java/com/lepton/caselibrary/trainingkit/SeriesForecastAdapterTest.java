package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import org.junit.jupiter.api.Test;

/** The parts without tensors; the plugins' SavedModel tests and conformance runs cover the tensors. */
class SeriesForecastAdapterTest {

    private static final LocalizedText EXPECTED = LocalizedText.of("需要一列数字。", "This demo needs a series.");

    private final SeriesForecastAdapter adapter =
            new SeriesForecastAdapter(EXPECTED, LocalizedText.of("明日", "tomorrow")) {
                @Override
                protected float[] window(double[] values) {
                    throw new AssertionError("not reached for a text input");
                }

                @Override
                protected int historyLength() {
                    return 3;
                }
            };

    @Test
    void refusesAnInputThatIsNotASeriesInTheCasesOwnWords() {
        assertThatThrownBy(() -> adapter.toTensors(null, new DemoInput.Text("1,2,3")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.userMessage()).isEqualTo(EXPECTED));
    }

    @Test
    void handsASeriesOver() throws InvalidInputException {
        DemoInput.Series series = new DemoInput.Series(new double[] {1, 2});

        assertThat(SeriesForecastAdapter.series(series, EXPECTED)).isSameAs(series);
    }

    @Test
    void drawsTheHistoryAndOneForecastValueUnderTheQuantity() {
        DemoResult.Forecast result = adapter.forecast(new float[] {10, 11, 12}, 13.5f);

        assertThat(result.history()).containsExactly(10.0, 11.0, 12.0);
        assertThat(result.forecast()).containsExactly(13.5);
        assertThat(result.quantity().en()).isEqualTo("tomorrow");
    }
}
