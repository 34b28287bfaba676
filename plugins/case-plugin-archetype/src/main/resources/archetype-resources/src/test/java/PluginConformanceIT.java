package ${package};

import com.lepton.caselibrary.testkit.PluginConformanceKit;

/**
 * The portal's plugin test kit on the packaged jar (run by failsafe after package): manifest,
 * extension, both languages, write-ups, model card, the SavedModel on every sample, no bundled host classes.
 */
class PluginConformanceIT extends PluginConformanceKit {
}
