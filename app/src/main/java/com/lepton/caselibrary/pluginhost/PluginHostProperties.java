package com.lepton.caselibrary.pluginhost;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where plugins and their unpacked models live.
 *
 * @param directory    the plugins folder scanned at start; bundled plugins are copied into it
 * @param repositories pf4j-update style plugin repositories: folders or http(s) URLs holding a
 *                     {@code plugins.json}; administrators install and upgrade from them
 * @param trustedCertificates a PEM file of the certificates whose signatures on uploaded plugin
 *                     jars the portal accepts; a signed upload must be signed by one of them
 * @param requireSignature refuse unsigned uploads (needs trusted certificates)
 */
@ConfigurationProperties("lepton.plugins")
public record PluginHostProperties(
        Path directory, List<String> repositories, Path trustedCertificates, boolean requireSignature) {

    public PluginHostProperties {
        repositories = repositories == null
                ? List.of()
                : repositories.stream()
                        .map(String::strip)
                        .filter(location -> !location.isEmpty())
                        .toList();
    }
}
