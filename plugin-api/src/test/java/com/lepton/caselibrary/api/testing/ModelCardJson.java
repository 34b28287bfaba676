package com.lepton.caselibrary.api.testing;

import com.lepton.caselibrary.api.ModelCard;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link ModelCard} as pretty JSON with the record's component names as fields, for the
 * plugins' dev training runners (the host's {@code train} command writes the same file with Jackson).
 * Shipped in plugin-api's test jar so every plugin's tests share one copy. Map keys are sorted so a retraining gives a small diff.
 */
public final class ModelCardJson {

    private ModelCardJson() {}

    /**
     * Puts {@code forecast} into a card's JSON text as its last field, {@code testForecast}, replacing
     * one written before and leaving every other byte as it was, so filling the section into a
     * shipped card (written by the host with Jackson) gives a diff of just that section.
     */
    public static String withTestForecast(String cardJson, ModelCard.TestForecast forecast) {
        String text = cardJson.stripTrailing();
        int existing = text.indexOf("\"testForecast\"");
        if (existing >= 0) {
            text = text.substring(0, text.lastIndexOf(',', existing)).stripTrailing();
        } else {
            if (!text.endsWith("}")) {
                throw new IllegalArgumentException("not a JSON object");
            }
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        StringBuilder json = new StringBuilder(text).append(",\n  ");
        string(json, "testForecast");
        json.append(cardJson.contains("\" : ") ? " : " : ": ");
        value(json, forecast, "  ");
        return json.append("\n}\n").toString();
    }

    /**
     * Fills {@code forecast} into the card file of a shipped model after checking that the test RMSE
     * recomputed from the shipped SavedModel ({@code recomputedRmse}) is the card's {@code metrics.rmse}
     * (to 5e-4); refuses, writing nothing, if it is not.
     */
    public static void fillTestForecast(Path cardFile, double recomputedRmse, ModelCard.TestForecast forecast)
            throws IOException {
        String card = Files.readString(cardFile, StandardCharsets.UTF_8);
        Matcher metrics = Pattern.compile("\"metrics\"\\s*:\\s*\\{([^}]*)\\}").matcher(card);
        Matcher rmse = metrics.find()
                ? Pattern.compile("\"rmse\"\\s*:\\s*([-0-9.eE]+)").matcher(metrics.group(1))
                : null;
        if (rmse == null || !rmse.find()) {
            throw new IllegalStateException(cardFile + " has no metrics.rmse");
        }
        double shipped = Double.parseDouble(rmse.group(1));
        System.out.printf(Locale.ROOT, "recomputed test RMSE %.4f, card %.4f%n", recomputedRmse, shipped);
        if (Math.abs(recomputedRmse - shipped) > 5e-4) {
            throw new IllegalStateException(
                    "the shipped model does not reproduce the card's RMSE; not writing " + cardFile);
        }
        Files.writeString(cardFile, withTestForecast(card, forecast), StandardCharsets.UTF_8);
        System.out.printf(
                Locale.ROOT,
                "wrote %d points (every %d) into %s%n",
                forecast.dates().size(),
                forecast.step(),
                cardFile);
    }

    public static String write(ModelCard card) {
        StringBuilder json = new StringBuilder();
        value(json, card, "");
        return json.append('\n').toString();
    }

    private static void value(StringBuilder json, Object value, String indent) {
        switch (value) {
            case null -> json.append("null");
            case Record record -> {
                json.append("{\n");
                // Null components (an optional section such as a classifier's testForecast) are left out.
                List<RecordComponent> components = Arrays.stream(
                                record.getClass().getRecordComponents())
                        .filter(component -> read(component, record) != null)
                        .toList();
                for (int i = 0; i < components.size(); i++) {
                    json.append(indent).append("  ");
                    string(json, components.get(i).getName());
                    json.append(": ");
                    value(json, read(components.get(i), record), indent + "  ");
                    json.append(i < components.size() - 1 ? ",\n" : "\n");
                }
                json.append(indent).append('}');
            }
            case Map<?, ?> map -> {
                json.append("{\n");
                var entries = new TreeMap<String, Object>();
                map.forEach((k, v) -> entries.put(String.valueOf(k), v));
                int i = 0;
                for (var entry : entries.entrySet()) {
                    json.append(indent).append("  ");
                    string(json, entry.getKey());
                    json.append(": ");
                    value(json, entry.getValue(), indent + "  ");
                    json.append(++i < entries.size() ? ",\n" : "\n");
                }
                json.append(indent).append('}');
            }
            case Collection<?> list -> {
                // Lists of numbers (curve, matrix rows) stay on one line; they are long but flat.
                boolean flat = list.stream().allMatch(e -> e instanceof Number);
                json.append('[');
                int i = 0;
                for (Object element : list) {
                    if (!flat) {
                        json.append('\n').append(indent).append("  ");
                    }
                    value(json, element, indent + "  ");
                    if (++i < list.size()) {
                        json.append(flat ? ", " : ",");
                    }
                }
                if (!flat && !list.isEmpty()) {
                    json.append('\n').append(indent);
                }
                json.append(']');
            }
            case Double d -> json.append(Double.isFinite(d) ? d.toString() : "null");
            case Number n -> json.append(n);
            case Boolean b -> json.append(b);
            default -> string(json, value.toString());
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u%04x".formatted((int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
