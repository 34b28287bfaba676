package com.lepton.caselibrary.pluginhost;

/**
 * This replica changed a plugin's registry entry (installed, approved, upgraded, disabled, enabled, uninstalled,
 * rolled back, failed); other replicas on the same database are told so, and re-read the registry.
 *
 * @param pluginId the plugin changed; a hint only, never trusted by the replicas that hear of it
 */
public record PluginRegistryChanged(String pluginId) {}
