package com.lepton.caselibrary.trainingkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A small properties file a trainer writes beside its SavedModel (input scaling, thresholds) and the
 * adapter reads back from the plugin jar. Every key is required; a missing or malformed value fails
 * with a message naming the file and the key.
 */
public final class ShippedProperties {

    private final String name;
    private final Properties properties;

    private ShippedProperties(String name, Properties properties) {
        this.name = name;
        this.properties = properties;
    }

    /**
     * Reads {@code resource} (e.g. {@code model/NAME/preprocessing.properties}) from the jar that
     * holds {@code owner}.
     */
    public static ShippedProperties fromJar(Class<?> owner, String resource) throws IOException {
        try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the plugin; train the model first");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Parses the text of a properties file; {@code name} says which file in messages. */
    public static ShippedProperties parse(String name, String text) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        }
        return new ShippedProperties(name, properties);
    }

    /** The value of {@code key}, without surrounding white space. */
    public String text(String key) throws IOException {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IOException(name + " lacks " + key);
        }
        return value.strip();
    }

    /** The whole number under {@code key}. */
    public int integer(String key) throws IOException {
        String value = text(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IOException("invalid " + name + ": " + key + " is not a whole number: " + value, e);
        }
    }

    /** The number under {@code key}. */
    public double number(String key) throws IOException {
        String value = text(key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IOException("invalid " + name + ": " + key + " is not a number: " + value, e);
        }
    }
}
