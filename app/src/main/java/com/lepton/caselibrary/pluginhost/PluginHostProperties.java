package com.lepton.caselibrary.pluginhost;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where plugins and their unpacked models live.
 *
 * @param directory    the plugins folder scanned at start; bundled plugins are copied into it
 * @param repositories pf4j-update style plugin repositories: folders or http(s) URLs holding a
 *                     {@code plugins.json}; administrators install and upgrade from them
 */
@ConfigurationProperties("lepton.plugins")
public record PluginHostProperties(Path directory, java.util.List<String> repositories) {

    public PluginHostProperties {
        repositories = repositories == null ? java.util.List.of()
                : repositories.stream().map(String::strip).filter(location -> !location.isEmpty()).toList();
    }
}
