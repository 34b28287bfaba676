package com.lepton.caselibrary.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The jar's commands run without Spring's context, so the portal's logger levels ({@code logging.level.*} in
 * {@code application.properties}) are set here from the same file: without them DJL warned "Failed to detect GPU
 * count" on a CPU machine each time {@code bench}, {@code load --pool-case} or {@code train} loaded a model.
 */
public final class CommandLogging {

    private static final String PREFIX = "logging.level.";

    private CommandLogging() {}

    /** Gives every logger that {@code application.properties} names the level it gives there. */
    public static void likeThePortal() {
        Properties settings = new Properties();
        try (InputStream in = CommandLogging.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                return;
            }
            settings.load(in);
        } catch (IOException unreadable) {
            return; // the defaults: more lines in the log, nothing worse
        }
        LoggingSystem logging = LoggingSystem.get(CommandLogging.class.getClassLoader());
        for (String name : settings.stringPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                LogLevel level =
                        LogLevel.valueOf(settings.getProperty(name).strip().toUpperCase(Locale.ROOT));
                logging.setLogLevel(name.substring(PREFIX.length()), level);
            }
        }
    }
}
