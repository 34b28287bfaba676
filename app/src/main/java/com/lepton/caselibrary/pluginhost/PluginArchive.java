package com.lepton.caselibrary.pluginhost;

import jakarta.persistence.Embeddable;

/**
 * One archive of a plugin besides the live one: an upgrade waiting for review, or the version an upgrade replaced.
 * Its three columns are written and cleared together.
 *
 * @param version  the archive's plugin version
 * @param fileName where it lies, relative to the plugins folder
 * @param sha512   its checksum when it was recorded
 */
@Embeddable
public record PluginArchive(String version, String fileName, String sha512) {}
