package com.lepton.caselibrary.plugins.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.InvalidInputException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Co2AdapterTest {

    private static double[] readings(int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = 400 + i * 0.2;
        }
        return values;
    }

    @Test
    void keepsTheLast24ReadingsAsTheyAre() throws InvalidInputException {
        float[] window = Co2Adapter.window(readings(30), 24);

        assertThat(window).hasSize(24);
        assertThat(window[0]).isEqualTo(401.2f);
        assertThat(window[23]).isEqualTo((float) (400 + 29 * 0.2));
    }

    @Test
    void refusesTooShortEmptyOrNonNumericSeriesInBothLanguages() {
        assertThatThrownBy(() -> Co2Adapter.window(new double[0], 24))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.userMessage().en())
                            .contains("At least 24 monthly readings")
                            .contains("got 0");
                    assertThat(e.userMessage().zh()).contains("至少需要最近 24 个月");
                });
        assertThatThrownBy(() -> Co2Adapter.window(readings(23), 24)).hasMessageContaining("got 23");

        double[] withNaN = readings(24);
        withNaN[5] = Double.NaN;
        assertThatThrownBy(() -> Co2Adapter.window(withNaN, 24))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.userMessage().en()).contains("value 6 is NaN"));
        double[] infinite = readings(24);
        infinite[0] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> Co2Adapter.window(infinite, 24)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesReadingsInAnotherUnit() {
        double[] percent = new double[24];
        Arrays.fill(percent, 0.04);
        assertThatThrownBy(() -> Co2Adapter.window(percent, 24))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.userMessage().en()).contains("between 250 and 1000 ppm");
                    assertThat(e.userMessage().zh()).contains("250 到 1000 ppm");
                });
        double[] ppb = readings(24);
        ppb[23] = 1900;
        assertThatThrownBy(() -> Co2Adapter.window(ppb, 24)).hasMessageContaining("value 24");
    }

    @Test
    void refusesInputThatIsNotASeries() {
        assertThatThrownBy(() -> new Co2Adapter().toTensors(null, new DemoInput.Text("415 ppm")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.userMessage().en()).contains("monthly CO₂ readings"));
    }
}
