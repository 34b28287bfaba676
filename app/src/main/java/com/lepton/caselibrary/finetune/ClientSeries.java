package com.lepton.caselibrary.finetune;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's checked series: dates strictly increasing, values numeric; the plugin holds out the last fifth.
 *
 * @param dates  the date of each value
 * @param values the values, oldest first
 */
record ClientSeries(List<LocalDate> dates, List<Double> values) {

    ClientSeries {
        dates = List.copyOf(dates);
        values = List.copyOf(values);
    }

    int length() {
        return values.size();
    }
}
