package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShuffleTest {

    @Test
    void startsFromTheIdentity() {
        assertThat(Shuffle.identity(4)).containsExactly(0, 1, 2, 3);
        assertThat(Shuffle.identity(0)).isEmpty();
    }

    @Test
    void permutesTheSameWayForTheSameSeed() {
        int[] first = Shuffle.identity(50);
        int[] again = Shuffle.identity(50);
        int[] other = Shuffle.identity(50);
        Shuffle.shuffle(first, new Random(42));
        Shuffle.shuffle(again, new Random(42));
        Shuffle.shuffle(other, new Random(43));

        assertThat(first).containsExactly(again).containsExactlyInAnyOrder(Shuffle.identity(50));
        assertThat(first).isNotEqualTo(Shuffle.identity(50)).isNotEqualTo(other);
    }
}
