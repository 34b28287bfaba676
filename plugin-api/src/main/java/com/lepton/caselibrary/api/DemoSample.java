package com.lepton.caselibrary.api;

import java.util.Objects;

/**
 * A sample input shipped with a plugin, offered to visitors with one click.
 *
 * @param id           stable id within the case, e.g. {@code sneaker-1}
 * @param label        what the sample shows
 * @param resourcePath the file inside the plugin jar (a PNG for images, CSV for series, UTF-8 text for messages)
 * @param expected     the known answer, if any (a class key or a description), or an empty string
 */
public record DemoSample(String id, LocalizedText label, String resourcePath, String expected) {

    public DemoSample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(resourcePath, "resourcePath");
        Objects.requireNonNull(expected, "expected");
    }

    /**
     * A sample shipped the usual way, as {@code samples/ID.EXTENSION} inside the jar.
     *
     * @param extension the file type without the dot, e.g. {@code png}, {@code csv}, {@code txt}
     * @since 1.4.0
     */
    public static DemoSample shipped(String id, LocalizedText label, String extension, String expected) {
        return new DemoSample(id, label, "samples/" + id + "." + extension, expected);
    }
}
