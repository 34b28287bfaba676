package com.lepton.caselibrary.plugins.finance.reviews;

import com.lepton.caselibrary.testkit.PluginConformanceKit;

/** The plugin test kit's conformance checks on the packaged jar, as a partner's plugin runs them. */
class PluginConformanceIT extends PluginConformanceKit {}
