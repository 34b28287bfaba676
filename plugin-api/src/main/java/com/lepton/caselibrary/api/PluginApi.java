package com.lepton.caselibrary.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this contract, compared by the host against each plugin's {@code Plugin-Requires}. */
public final class PluginApi {

    /** Semantic version of the plugin API, e.g. {@code 1.0.0}; filled in by the build. */
    public static final String VERSION = readVersion();

    private PluginApi() {}

    private static String readVersion() {
        try (InputStream in = PluginApi.class.getResourceAsStream("plugin-api.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(
                    new IOException("plugin-api.properties is missing from the plugin-api jar", e));
        }
    }
}
