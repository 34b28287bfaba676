package com.lepton.caselibrary.demo;

import java.util.Arrays;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;

/**
 * Reads a pasted or uploaded series: one value per line (CSV rows take their last column), or
 * values separated by commas, semicolons or spaces on one line. A first line that is not a
 * number is taken as a header. Anything else that is not a finite number is refused with the
 * line it was found on.
 */
@RequiredArgsConstructor
public final class SeriesParser {

    private static final Pattern LINES = Pattern.compile("\\r?\\n|\\r");
    private static final Pattern FIELDS = Pattern.compile("[,;\\t ]+");

    private final int maxPoints;

    public double[] parse(String text) throws DemoInputException {
        String[] lines = LINES.split(text.strip());
        boolean oneLine = lines.length == 1;
        double[] values = new double[Math.min(maxPoints + 1, Math.max(16, text.length() / 2 + 1))];
        int count = 0;
        for (int line = 0; line < lines.length; line++) {
            String row = lines[line].strip();
            if (row.isEmpty()) {
                continue;
            }
            String[] fields = FIELDS.split(row);
            String[] taken = oneLine ? fields : new String[] {fields[fields.length - 1]};
            for (String field : taken) {
                Double value = number(field);
                if (value == null) {
                    if (line == 0 && count == 0 && !oneLine) {
                        break; // a header line
                    }
                    throw new DemoInputException("demo.error.series.notnumber", line + 1, abbreviate(field));
                }
                if (!Double.isFinite(value)) {
                    throw new DemoInputException("demo.error.series.notfinite", line + 1);
                }
                if (count == maxPoints) {
                    throw new DemoInputException("demo.error.series.toomany", maxPoints);
                }
                if (count == values.length) {
                    values = Arrays.copyOf(values, Math.min(maxPoints + 1, values.length * 2));
                }
                values[count++] = value;
            }
        }
        if (count < 2) {
            throw new DemoInputException("demo.error.series.toofew", 2);
        }
        return Arrays.copyOf(values, count);
    }

    private static Double number(String field) {
        String cleaned = field.strip().replace("\"", "");
        if (cleaned.isEmpty() || cleaned.length() > 40) {
            return null;
        }
        try {
            return Double.parseDouble(cleaned);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
