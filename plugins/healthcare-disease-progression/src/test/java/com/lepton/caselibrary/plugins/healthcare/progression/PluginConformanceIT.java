package com.lepton.caselibrary.plugins.healthcare.progression;

/** The conformance kit on the packaged jar, as the portal will treat it. */
class PluginConformanceIT extends com.lepton.caselibrary.testkit.PluginConformanceKit {}
