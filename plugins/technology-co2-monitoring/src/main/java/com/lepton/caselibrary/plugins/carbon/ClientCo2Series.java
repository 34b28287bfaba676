package com.lepton.caselibrary.plugins.carbon;

import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** What a client's CO₂ series must be beyond what the host checks: consecutive months of plausible readings. */
final class ClientCo2Series {

    private ClientCo2Series() {}

    /** Refuses, in both languages, a series of the wrong length, with a missing month or a reading out of range. */
    static void check(List<LocalDate> dates, List<Double> values, int minimum, int maximum)
            throws InvalidInputException {
        int length = values.size();
        if (length < minimum || length > maximum) {
            throw new InvalidInputException(LocalizedText.of(
                    "序列有 " + length + " 个月度读数；需要 " + minimum + " 到 " + maximum + " 个。",
                    "The series has " + length + " monthly readings; between " + minimum + " and " + maximum
                            + " are needed."));
        }
        for (int i = 0; i < length; i++) {
            LocalDate date = dates.get(i);
            if (i > 0
                    && !YearMonth.from(date)
                            .equals(YearMonth.from(dates.get(i - 1)).plusMonths(1))) {
                throw new InvalidInputException(LocalizedText.of(
                        "读数必须是连续的月份：" + date + " 紧跟在 " + dates.get(i - 1) + " 之后。",
                        "The readings must be for consecutive months: " + date + " follows " + dates.get(i - 1) + "."));
            }
            double ppm = values.get(i);
            if (!(ppm >= Co2Csv.MIN_PPM && ppm <= Co2Csv.MAX_PPM)) {
                String range = (int) Co2Csv.MIN_PPM + "–" + (int) Co2Csv.MAX_PPM;
                throw new InvalidInputException(LocalizedText.of(
                        date + " 的读数 " + ppm + " 不是以 ppm 计的 CO₂ 浓度（" + range + "）。",
                        "The reading of " + date + ", " + ppm + ", is not a CO₂ reading in ppm (" + range + ")."));
            }
        }
    }
}
