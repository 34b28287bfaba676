package com.lepton.caselibrary.pluginhost;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where plugins and their unpacked models live.
 *
 * @param directory the plugins folder scanned at start; bundled plugins are copied into it
 */
@ConfigurationProperties("lepton.plugins")
public record PluginHostProperties(Path directory) {
}
