package com.lepton.caselibrary.charts;

import com.lepton.caselibrary.layout.SharedHtml;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A confusion matrix as an HTML table, each cell shaded by the square root of its share of the largest count (so
 * that small mistakes still show). Built from numbers and escaped names only, so no sanitizing is needed.
 */
public final class ConfusionTable {

    /**
     * Up to this many classes the column headers are written across, as the row headers are; more are set upright
     * so that the columns stay narrow (upright headers over two columns left a tall empty band; across, the ECG
     * case's four long names ran past the card's column).
     */
    static final int FEW_CLASSES = 3;

    private ConfusionTable() {}

    /**
     * @param labels  the class of each row and column, in order; a row without one is named by its index
     * @param matrix  counts, true class by row and predicted class by column
     * @param caption the table's caption, or null for none
     */
    public static Div of(List<String> labels, List<List<Integer>> matrix, String caption) {
        int max = matrix.stream()
                .flatMap(List::stream)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(1);
        StringBuilder html = new StringBuilder("<table class=\"confusion")
                .append(labels.size() <= FEW_CLASSES ? " few-classes" : "")
                .append("\">");
        if (caption != null) {
            html.append("<caption>").append(escape(caption)).append("</caption>");
        }
        html.append("<thead><tr><th></th>");
        labels.forEach(label ->
                html.append("<th scope=\"col\"><span>").append(escape(label)).append("</span></th>"));
        html.append("</tr></thead><tbody>");
        for (int row = 0; row < matrix.size(); row++) {
            String rowLabel = row < labels.size() ? labels.get(row) : String.valueOf(row);
            html.append("<tr><th scope=\"row\">").append(escape(rowLabel)).append("</th>");
            for (int column = 0; column < matrix.get(row).size(); column++) {
                int value = matrix.get(row).get(column);
                double shade = max == 0 ? 0 : Math.sqrt((double) value / max);
                html.append("<td class=\"")
                        .append(row == column ? "diagonal" : "off")
                        .append("\" style=\"--shade:")
                        .append(String.format(Locale.ROOT, "%.3f", shade))
                        .append("\">")
                        .append(value)
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        Div wrapper = new Div();
        wrapper.addClassName("confusion-wrapper");
        SharedHtml.set(wrapper, html.toString());
        return wrapper;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
