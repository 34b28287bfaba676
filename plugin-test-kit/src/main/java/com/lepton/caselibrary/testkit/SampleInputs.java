package com.lepton.caselibrary.testkit;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.InputKind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Reads a shipped sample file as the portal's demo does before handing it to the adapter: an image
 * decoded by ImageIO, a series read like pasted CSV (one value per line, the last field of each
 * line, a header line allowed, or one line of values), a message as UTF-8 text.
 */
final class SampleInputs {

    private static final Pattern LINES = Pattern.compile("\\r?\\n|\\r");
    private static final Pattern FIELDS = Pattern.compile("[,;\\t ]+");
    /** The portal's default limit on a series ({@code lepton.demo.max-series-points}). */
    static final int MAX_SERIES_POINTS = 5_000;

    private SampleInputs() {}

    static DemoInput read(InputKind kind, byte[] bytes) throws IOException {
        return switch (kind) {
            case IMAGE -> {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                if (image == null) {
                    throw new IOException("not an image ImageIO can read (use PNG)");
                }
                yield new DemoInput.Image(image);
            }
            case SERIES -> new DemoInput.Series(series(new String(bytes, StandardCharsets.UTF_8)));
            case TEXT -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (text.isBlank()) {
                    throw new IOException("the message is empty");
                }
                yield new DemoInput.Text(text);
            }
        };
    }

    /** Strict UTF-8, as the portal reads a pasted batch. */
    static String utf8(byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }

    static double[] series(String text) throws IOException {
        String[] lines = LINES.split(text.strip());
        boolean oneLine = lines.length == 1;
        double[] values = new double[16];
        int count = 0;
        for (int line = 0; line < lines.length; line++) {
            String row = lines[line].strip();
            if (row.isEmpty()) {
                continue;
            }
            String[] fields = FIELDS.split(row);
            for (String field : oneLine ? fields : new String[] {fields[fields.length - 1]}) {
                Double value = number(field);
                if (value == null) {
                    if (line == 0 && count == 0 && !oneLine) {
                        break; // a header line
                    }
                    throw new IOException("line " + (line + 1) + " is not a number: '" + field + "'");
                }
                if (!Double.isFinite(value)) {
                    throw new IOException("line " + (line + 1) + " is not a finite number");
                }
                if (count == MAX_SERIES_POINTS) {
                    throw new IOException("more than " + MAX_SERIES_POINTS + " values, the portal's limit");
                }
                if (count == values.length) {
                    values = Arrays.copyOf(values, values.length * 2);
                }
                values[count++] = value;
            }
        }
        if (count < 2) {
            throw new IOException("a series needs at least 2 values, found " + count);
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
}
