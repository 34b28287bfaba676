package com.lepton.caselibrary.plugins.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ElmanRnnTest {

    @Test
    void countsItsParameters() {
        // W (1 x 24) + U (24 x 24) + b (24) + v (24 x 1) + c (1)
        assertThat(ElmanRnn.SHIPPED.parameterCount()).isEqualTo(24 + 576 + 24 + 24 + 1);
        assertThat(ElmanRnn.SHIPPED.parameterSet().names())
                .containsExactly("rnn_kernel", "rnn_recurrent", "rnn_bias", "dense_kernel", "dense_bias");
    }

    @Test
    void initialisesFromTheSeedWithZeroBiases() {
        List<float[]> a = ElmanRnn.SHIPPED.initialParameters(42);
        List<float[]> b = ElmanRnn.SHIPPED.initialParameters(42);
        List<float[]> c = ElmanRnn.SHIPPED.initialParameters(43);

        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i)).containsExactly(b.get(i));
        }
        assertThat(a.get(1)).isNotEqualTo(c.get(1));
        assertThat(a.get(2)).containsOnly(0f);
        assertThat(a.get(4)).containsOnly(0f);
    }

    @Test
    void refusesWindowsTooShortToHaveAChange() {
        assertThatThrownBy(() -> new ElmanRnn(2, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ElmanRnn(24, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
