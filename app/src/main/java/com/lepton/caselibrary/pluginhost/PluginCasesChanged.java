package com.lepton.caselibrary.pluginhost;

import java.util.List;

/**
 * A plugin's cases came or went at run time. Published before a withdrawn plugin's classes are
 * unloaded, so its models can drain and be freed first.
 *
 * @param pluginId  the plugin
 * @param added     the cases it now brings (empty when withdrawn)
 * @param withdrawn the ids of the cases it no longer brings (empty when added)
 */
public record PluginCasesChanged(String pluginId, List<LoadedCase> added, List<String> withdrawn) {

    public PluginCasesChanged {
        added = List.copyOf(added);
        withdrawn = List.copyOf(withdrawn);
    }
}
