package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StratifiedSplitTest {

    private static List<String> groups() {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            groups.add("easy");
        }
        for (int i = 0; i < 20; i++) {
            groups.add(i % 2 == 0 ? "hard" : "spam"); // interleaved with another group
        }
        return groups;
    }

    @Test
    void keepsEachGroupsShareInEveryPart() {
        List<String> groups = groups();
        StratifiedSplit.Part[] parts = StratifiedSplit.split(groups, 0.1, 0.2, 42);

        assertThat(count(groups, parts, "easy", StratifiedSplit.Part.TEST)).isEqualTo(20);
        assertThat(count(groups, parts, "easy", StratifiedSplit.Part.VALIDATION))
                .isEqualTo(10);
        assertThat(count(groups, parts, "easy", StratifiedSplit.Part.TRAIN)).isEqualTo(70);
        assertThat(count(groups, parts, "hard", StratifiedSplit.Part.TEST)).isEqualTo(2);
        assertThat(count(groups, parts, "hard", StratifiedSplit.Part.VALIDATION))
                .isEqualTo(1);
        assertThat(count(groups, parts, "spam", StratifiedSplit.Part.TRAIN)).isEqualTo(7);
    }

    @Test
    void isTheSameForTheSameSeedAndDiffersForAnother() {
        assertThat(StratifiedSplit.split(groups(), 0.1, 0.2, 42))
                .isEqualTo(StratifiedSplit.split(groups(), 0.1, 0.2, 42));
        assertThat(Arrays.equals(
                        StratifiedSplit.split(groups(), 0.1, 0.2, 42), StratifiedSplit.split(groups(), 0.1, 0.2, 7)))
                .isFalse();
    }

    private static long count(
            List<String> groups, StratifiedSplit.Part[] parts, String group, StratifiedSplit.Part part) {
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            n += groups.get(i).equals(group) && parts[i] == part ? 1 : 0;
        }
        return n;
    }
}
