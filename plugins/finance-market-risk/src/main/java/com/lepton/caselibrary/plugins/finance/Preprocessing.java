package com.lepton.caselibrary.plugins.finance;

import com.lepton.caselibrary.trainingkit.ShippedProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the adapter needs to feed the model exactly as in training, measured on the training years
 * only and written by the trainer beside the SavedModel as {@value #FILE_NAME}.
 *
 * @param window            daily returns the model reads (T)
 * @param returnMean        mean daily log return of the training years
 * @param returnStd         standard deviation of the daily log returns of the training years
 * @param elevatedThreshold annualised volatility (%) above which risk counts as elevated: the 80th
 *                          percentile of the training years' realised next-5-day volatility
 */
public record Preprocessing(int window, double returnMean, double returnStd, double elevatedThreshold) {

    /** File name beside the SavedModel. */
    public static final String FILE_NAME = "preprocessing.properties";

    public Preprocessing {
        if (window < Volatility.HORIZON) {
            throw new IllegalArgumentException(
                    "window must cover at least " + Volatility.HORIZON + " returns: " + window);
        }
        if (!(returnStd > 0) || !Double.isFinite(returnMean) || !(elevatedThreshold > 0)) {
            throw new IllegalArgumentException("invalid statistics: mean " + returnMean + ", std " + returnStd
                    + ", threshold " + elevatedThreshold);
        }
    }

    /** Standardises one log return as in training. */
    public float standardise(double logReturn) {
        return (float) ((logReturn - returnMean) / returnStd);
    }

    /** Reads the file shipped beside the model in the plugin jar. */
    static Preprocessing shipped() {
        try {
            return from(ShippedProperties.fromJar(Preprocessing.class, MarketRiskCase.MODEL_PATH + "/" + FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the properties text. */
    static Preprocessing read(String text) throws IOException {
        return from(ShippedProperties.parse(FILE_NAME, text));
    }

    private static Preprocessing from(ShippedProperties properties) throws IOException {
        try {
            return new Preprocessing(
                    properties.integer("window"),
                    properties.number("returnMean"),
                    properties.number("returnStd"),
                    properties.number("elevatedThreshold"));
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    /** The properties text, with comments, stable between runs with the same data (no timestamp). */
    String write(String origin) {
        return String.join(
                "\n",
                "# Input scaling for the sp500-lstm model, written by the trainer; measured on " + origin + " only.",
                "# The adapter standardises each daily log return as (r - returnMean) / returnStd.",
                "window=" + window,
                "returnMean=" + returnMean,
                "returnStd=" + returnStd,
                "# Annualised volatility in percent above which the next week counts as elevated risk",
                "# (80th percentile of the training years' realised next-5-day volatility).",
                "elevatedThreshold=" + elevatedThreshold,
                "");
    }

    /** Writes {@value #FILE_NAME} into a directory. */
    void writeTo(Path directory, String origin) throws IOException {
        Files.writeString(directory.resolve(FILE_NAME), write(origin), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "Preprocessing[window=%d, returnMean=%.6g, returnStd=%.6g, elevatedThreshold=%.3f]",
                window,
                returnMean,
                returnStd,
                elevatedThreshold);
    }
}
