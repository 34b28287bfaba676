package com.lepton.caselibrary.plugins.finance.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class DigitSetTest {

    static DigitSet heldOut() throws Exception {
        return DigitSet.load(Path.of(Objects.requireNonNull(
                                DigitSetTest.class.getClassLoader().getResource("heldout/0.json"))
                        .toURI())
                .getParent());
    }

    @Test
    void readsThePackagesJsonFormat() throws IOException {
        assertThat(DigitSet.parseData("{ \"data\": [0, 0.5 ,1] }\n")).containsExactly(0f, 0.5f, 1f);
        assertThatThrownBy(() -> DigitSet.parseData("[1,2,3]")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> DigitSet.parseData("{\"data\":[1,x]}")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void theCommittedHeldOutSampleHasTwentyDigitsOfEachClass() throws Exception {
        DigitSet sample = heldOut();
        int[] perClass = new int[Digits.COUNT];
        for (int i = 0; i < sample.count(); i++) {
            perClass[sample.label(i)]++;
        }
        assertThat(perClass).containsOnly(ExportDigitSamples.PER_CLASS);
        for (float value : sample.pixels()) {
            assertThat(value).isBetween(0f, 1f);
        }
    }

    @Test
    void theSplitIsStratifiedDisjointAndTheSameEveryTime() throws Exception {
        DigitSet all = heldOut();
        DigitSet.Split split = all.split(0.25, 7);
        DigitSet.Split again = all.split(0.25, 7);
        assertThat(split.test().count()).isEqualTo(50);
        assertThat(split.train().count()).isEqualTo(150);
        assertThat(split.test().labels()).containsExactly(again.test().labels());
        int[] perClass = new int[Digits.COUNT];
        for (int label : split.test().labels()) {
            perClass[label]++;
        }
        assertThat(perClass).containsOnly(5);
    }
}
