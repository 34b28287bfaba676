package com.lepton.caselibrary.pluginhost;

import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A case contributed by a started plugin, with the means to read the plugin's own files.
 *
 * @param pluginId      the plugin that brings the case
 * @param pluginVersion the plugin's version
 * @param archive       the plugin archive on disk
 * @param descriptor    the case's descriptor, read once when the plugin started
 * @param plugin        the extension itself
 */
public record LoadedCase(
        String pluginId, String pluginVersion, Path archive, CaseDescriptor descriptor, CaseStudyPlugin plugin) {

    /** The id of the case. */
    public String caseId() {
        return descriptor.id();
    }

    /** A case's title in {@code locale}, or its id where its plugin is gone (a deck slide, a fine-tuning job). */
    public static String titleOr(Optional<LoadedCase> loaded, String caseId, Locale locale) {
        return loaded.map(c -> c.descriptor().title().in(locale)).orElse(caseId);
    }

    /** Reads a file from the plugin jar, e.g. a sample image or the model card. */
    public Optional<byte[]> resource(String path) {
        try (InputStream in = plugin.getClass().getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
