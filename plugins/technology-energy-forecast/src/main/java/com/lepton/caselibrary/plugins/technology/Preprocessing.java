package com.lepton.caselibrary.plugins.technology;

import com.lepton.caselibrary.trainingkit.ShippedProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the adapter needs to feed the shipped model exactly as in training, measured on the
 * training period only and written by the trainer beside the SavedModel as {@value #FILE_NAME}.
 *
 * @param window       daily maximum temperatures the model reads (T)
 * @param tempMaxMean  mean daily maximum temperature of the training period (°C)
 * @param tempMaxStd   its standard deviation (°C)
 */
public record Preprocessing(int window, double tempMaxMean, double tempMaxStd) {

    /** File name beside the SavedModel. */
    public static final String FILE_NAME = "preprocessing.properties";

    public Preprocessing {
        if (window < 2) {
            throw new IllegalArgumentException("window must cover at least 2 days: " + window);
        }
        new Standardiser(tempMaxMean, tempMaxStd);
    }

    /** The standardiser for maximum temperatures. */
    public Standardiser tempMax() {
        return new Standardiser(tempMaxMean, tempMaxStd);
    }

    /** Standardises one maximum temperature (°C) as in training. */
    public float standardise(double celsius) {
        return (float) ((celsius - tempMaxMean) / tempMaxStd);
    }

    /** Reads the file shipped beside the model in the plugin jar. */
    static Preprocessing shipped() {
        try {
            return from(
                    ShippedProperties.fromJar(Preprocessing.class, EnergyForecastCase.MODEL_PATH + "/" + FILE_NAME));
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
                    properties.integer("window"), properties.number("tempMaxMean"), properties.number("tempMaxStd"));
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    /** The properties text, with comments, stable between runs with the same data (no timestamp). */
    String write(String origin) {
        return String.join(
                "\n",
                "# Input scaling for the " + EnergyForecastCase.MODEL_NAME
                        + " model, written by the trainer; measured on " + origin + " only.",
                "# The adapter standardises each daily maximum temperature (degrees C) as (t - tempMaxMean) / tempMaxStd",
                "# and feeds the last 'window' of them, oldest first.",
                "window=" + window,
                "tempMaxMean=" + tempMaxMean,
                "tempMaxStd=" + tempMaxStd,
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
                "Preprocessing[window=%d, tempMaxMean=%.4f, tempMaxStd=%.4f]",
                window,
                tempMaxMean,
                tempMaxStd);
    }
}
