package com.lepton.caselibrary.plugins.carbon;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Random;

/** A seeded stand-in for the Mauna Loa file: a rising trend, a yearly cycle and noise, in the file's format. */
final class SyntheticCo2 {

    private SyntheticCo2() {}

    static String csv(YearMonth from, YearMonth to, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("Date,CO2,adjusted CO2\n");
        int i = 0;
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1), i++) {
            double ppm = 315
                    + 0.12 * i
                    + 3 * Math.sin(2 * Math.PI * month.getMonthValue() / 12.0)
                    + 0.3 * random.nextGaussian();
            csv.append(String.format(Locale.ROOT, "%s,%.2f,%.2f%n", month.atDay(1), ppm, ppm));
        }
        return csv.toString();
    }
}
