package com.lepton.caselibrary.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A confusion matrix of a few classes writes its column headers across; a large one sets them upright. */
class ConfusionTableTest {

    @Test
    void aTwoClassMatrixHasHeadersAcross() {
        String html = html(List.of("Normal", "Anomaly"), List.of(List.of(965, 35), List.of(779, 8221)));

        assertThat(html).contains("<table class=\"confusion few-classes\">");
        assertThat(html).contains("<th scope=\"col\"><span>Anomaly</span></th>");
    }

    @Test
    void aTenClassMatrixKeepsItsHeadersUpright() {
        List<String> labels = IntStream.range(0, 10).mapToObj(String::valueOf).toList();
        List<List<Integer>> matrix = IntStream.range(0, 10)
                .mapToObj(row -> Collections.nCopies(10, row))
                .toList();

        assertThat(html(labels, matrix)).contains("<table class=\"confusion\">");
    }

    private static String html(List<String> labels, List<List<Integer>> matrix) {
        return ConfusionTable.of(labels, matrix, null).getElement().getProperty("innerHTML");
    }
}
