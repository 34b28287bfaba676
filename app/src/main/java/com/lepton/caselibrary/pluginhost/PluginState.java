package com.lepton.caselibrary.pluginhost;

/** The life-cycle state of an installed plugin, as operators see it. */
public enum PluginState {
    /** Loaded and serving its cases. */
    STARTED,
    /** Could not be loaded or started; see the failure reason. */
    FAILED,
    /** Turned off by an operator. */
    DISABLED,
    /** Uploaded through the portal and checked, waiting for an administrator's approval; not loaded. */
    IN_REVIEW
}
