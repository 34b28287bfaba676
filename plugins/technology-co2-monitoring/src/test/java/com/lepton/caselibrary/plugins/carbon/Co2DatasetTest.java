package com.lepton.caselibrary.plugins.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.plugins.carbon.Co2Dataset.Period;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class Co2DatasetTest {

    /** 40 months from January 2000 with reading 300 + month index, and month 30 missing. */
    private static MonthlyCo2 ramp() {
        int n = 40;
        YearMonth[] months = new YearMonth[n - 1];
        double[] ppm = new double[n - 1];
        for (int i = 0, k = 0; i < n; i++) {
            if (i == 30) {
                continue;
            }
            months[k] = YearMonth.of(2000, 1).plusMonths(i);
            ppm[k++] = 300 + i;
        }
        return new MonthlyCo2(months, ppm);
    }

    private static final Period ALL = new Period("all", YearMonth.of(1900, 1), YearMonth.of(2100, 1));

    @Test
    void leavesOutWindowsAndTargetsThatSpanAMissingMonth() {
        Co2Dataset data = new Co2Dataset(ramp(), 13);

        int[] origins = data.origins(ALL);

        // Windows of 13 ending at month 12..28 have their target before the gap; after it, windows ending 43.. do not
        // exist.
        assertThat(origins).hasSize(17);
        assertThat(data.targetMonths(origins)[0]).isEqualTo(YearMonth.of(2001, 2));
        assertThat(data.targetMonths(origins)[16]).isEqualTo(YearMonth.of(2002, 6));
        assertThat(data.targets(origins)[0]).isEqualTo(313);
    }

    @Test
    void cutsWindowsChangesAndBaselinesFromTheSameMonths() {
        Co2Dataset data = new Co2Dataset(ramp(), 13);
        int[] first = {12};

        assertThat(data.windows(first)).hasSize(13).startsWith(300f, 301f).endsWith(312f);
        assertThat(data.targetChanges(first)).containsExactly(1.0);
        assertThat(data.changeWindows(first)[0]).hasSize(12).containsOnly(1.0);
        assertThat(data.persistence(first)).containsExactly(312.0);
        // Same month a year earlier (301) plus the latest twelve-month rise (312 - 300).
        assertThat(data.seasonalNaive(first)).containsExactly(313.0);
    }

    @Test
    void scalesChangesOnThePeriodOnly() {
        Co2Dataset data = new Co2Dataset(ramp(), 13);

        ElmanRnn.Scaling scaling = new Co2Dataset(
                        new MonthlyCo2(
                                new YearMonth[] {YearMonth.of(2000, 1), YearMonth.of(2000, 2), YearMonth.of(2000, 3)},
                                new double[] {300, 301, 304}),
                        13)
                .changeScaling(ALL);

        assertThat(scaling.mean()).isCloseTo(2.0, within(1e-12));
        assertThat(scaling.std()).isCloseTo(1.0, within(1e-12));
        assertThat(scaling.standardise(3)).isEqualTo(1f);
        assertThatThrownBy(() -> data.changeScaling(new Period("none", YearMonth.of(1990, 1), YearMonth.of(1990, 12))))
                .isInstanceOf(IllegalArgumentException.class);
        // A constant ramp has no spread of changes to scale by.
        assertThatThrownBy(() -> data.changeScaling(ALL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Co2Dataset(ramp(), 12)).isInstanceOf(IllegalArgumentException.class);
    }
}
