package com.lepton.caselibrary.plugins.lineanomaly;

import com.lepton.caselibrary.testkit.PluginConformanceKit;

/** The conformance kit on the packaged jar, as the portal will treat it. */
class PluginConformanceIT extends PluginConformanceKit {}
