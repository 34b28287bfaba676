package com.lepton.caselibrary.plugins.healthcare.progression;

import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a visitor's visits: one line per visit (or visits separated by spaces), the
 * {@value VisitColumn#COUNT} columns of {@link VisitColumn} separated by commas, oldest visit first; a first line naming the columns (in
 * that order) is allowed. An empty field or {@code NA} is a missing lab value. Every refusal says
 * what is wrong and where, in both languages.
 */
final class VisitCsv {

    /** Fields are separated by commas (spaces around them ignored); visits by line breaks or other white space. */
    private static final Pattern AROUND_COMMAS = Pattern.compile("[ \\t]*,[ \\t]*");

    private static final Pattern ROWS = Pattern.compile("\\s+");

    private VisitCsv() {}

    /** The visits, checked, with missing lab values carried forward. */
    static List<float[]> parse(String text) throws InvalidInputException {
        if (text.indexOf('\uFFFD') >= 0) {
            throw refusal(
                    "文本不是有效的 UTF-8 编码；请以 UTF-8 保存 CSV 后再粘贴。",
                    "The text is not valid UTF-8; save the CSV as UTF-8 and paste it again.");
        }
        // A visit has no white space inside once the spaces around commas are gone, so the portal's word-by-word
        // explanation, which leaves out one word and joins the rest with spaces, leaves out one visit.
        List<String> lines = Arrays.stream(
                        ROWS.split(AROUND_COMMAS.matcher(text.strip()).replaceAll(",")))
                .filter(line -> !line.isEmpty())
                .toList();
        int first = 0;
        if (!lines.isEmpty() && !startsWithNumber(lines.getFirst())) {
            checkHeader(lines.getFirst());
            first = 1;
        }
        int count = lines.size() - first;
        if (count < 1) {
            throw refusal(
                    "没有随访记录：每次随访一行，共 " + VisitColumn.COUNT + " 列：" + VisitColumn.HEADER + "。",
                    "No visits: one line per visit, " + VisitColumn.COUNT + " columns: " + VisitColumn.HEADER + ".");
        }
        if (count > VisitSeries.MAX_VISITS) {
            throw refusal(
                    "随访次数过多：" + count + " 次；模型最多读取 " + VisitSeries.MAX_VISITS + " 次，请只保留最近的 " + VisitSeries.MAX_VISITS
                            + " 次。",
                    "Too many visits: " + count + "; the model reads at most " + VisitSeries.MAX_VISITS
                            + ", so keep the latest " + VisitSeries.MAX_VISITS + ".");
        }
        List<float[]> visits = new ArrayList<>(count);
        for (int i = first; i < lines.size(); i++) {
            visits.add(visit(lines.get(i), i + 1, visits.isEmpty() ? null : visits.getLast()));
        }
        return VisitSeries.carryForward(visits);
    }

    private static float[] visit(String line, int lineNumber, float[] previous) throws InvalidInputException {
        String[] fields = line.split(",", -1);
        if (fields.length != VisitColumn.COUNT) {
            throw refusal(
                    "第 " + lineNumber + " 行有 " + fields.length + " 列，需要 " + VisitColumn.COUNT + " 列："
                            + VisitColumn.HEADER + "。",
                    "Line " + lineNumber + " has " + fields.length + " columns, not " + VisitColumn.COUNT + ": "
                            + VisitColumn.HEADER + ".");
        }
        float[] visit = new float[VisitColumn.COUNT];
        for (VisitColumn column : VisitColumn.values()) {
            String field = fields[column.ordinal()].strip().replace("\"", "");
            if (field.isEmpty() || field.equalsIgnoreCase("NA")) {
                if (!column.mayBeMissing()) {
                    throw refusal(
                            "第 " + lineNumber + " 行缺少" + column.label().zh() + "，此列不能为空。",
                            "Line " + lineNumber + " lacks the "
                                    + column.label().en() + "; it may not be empty.");
                }
                visit[column.ordinal()] = Float.NaN;
                continue;
            }
            double value;
            try {
                value = Double.parseDouble(field);
            } catch (NumberFormatException e) {
                throw refusal(
                        "第 " + lineNumber + " 行的" + column.label().zh() + "不是数字：“" + abbreviate(field) + "”。",
                        "Line " + lineNumber + ": the " + column.label().en() + " is not a number: \""
                                + abbreviate(field) + "\".");
            }
            if (!Double.isFinite(value) || !column.allows(value)) {
                throw refusal(
                        "第 " + lineNumber + " 行的" + column.label().zh() + "为 " + field + "，应在 " + range(column)
                                + " 之间。",
                        "Line " + lineNumber + ": the " + column.label().en() + " is " + field + ", not within "
                                + range(column) + ".");
            }
            visit[column.ordinal()] = (float) value;
        }
        if (previous != null && visit[VisitColumn.DAY.ordinal()] <= previous[VisitColumn.DAY.ordinal()]) {
            throw refusal(
                    "第 " + lineNumber + " 行的随访日不晚于上一行：随访须按时间先后排列。",
                    "Line " + lineNumber + ": the visit day is not after the line before; list visits oldest first.");
        }
        return visit;
    }

    private static void checkHeader(String line) throws InvalidInputException {
        List<String> names = Arrays.stream(line.split(",", -1))
                .map(name -> name.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                .toList();
        if (!names.equals(VisitColumn.names())) {
            throw refusal(
                    "列名不符：需要 " + VisitColumn.HEADER + "（按此顺序），收到 " + abbreviate(line) + "。",
                    "Wrong columns: expected " + VisitColumn.HEADER + " (in this order), got " + abbreviate(line)
                            + ".");
        }
    }

    /**
     * Whether the line starts with a visit day rather than a column name. Read from the first character: asking
     * {@code Double.parseDouble} threw and caught an exception on every run of a sample with a header line (64 a
     * second under load). A first field that starts like a number but is none ("-x") is refused by {@link #visit}
     * as "not a number"; one that starts with a letter ("NaN") as a wrong header.
     */
    private static boolean startsWithNumber(String line) {
        String field = line.split(",", -1)[0].strip().replace("\"", "");
        return !field.isEmpty() && (Character.isDigit(field.charAt(0)) || "+-.".indexOf(field.charAt(0)) >= 0);
    }

    private static String range(VisitColumn column) {
        return switch (column) {
            case ASCITES, HEPATO, SPIDERS -> "{0, 1}";
            case EDEMA -> "{0, 0.5, 1}";
            default -> format(column.lowest()) + " – " + format(column.highest());
        };
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private static InvalidInputException refusal(String zh, String en) {
        return new InvalidInputException(LocalizedText.of(zh, en));
    }
}
