package com.lepton.caselibrary.pluginhost;

/**
 * What became of an action on a plugin ({@link PluginHost#disable}, approve, rollback, ...): done, or why not, in
 * words an operator can act on. Callers branch on {@link Reason}; {@code detail} names the plugin, archive or
 * failure.
 */
public record PluginOutcome(Reason reason, String detail) {

    public enum Reason {
        DONE,
        /** The plugin is not in a state this action applies to (e.g. disabling one that is not started). */
        NOT_NOW,
        /** Its archive is no longer where the registry says, or changed since it was reviewed. */
        ARCHIVE_MISSING,
        /** Its archive could not be moved or deleted in the plugins folder. */
        STORAGE_FAILED,
        /** It was loaded but did not start; the registry records the failure. */
        DID_NOT_START
    }

    static final PluginOutcome DONE = new PluginOutcome(Reason.DONE, "");

    static PluginOutcome refused(Reason reason, String detail) {
        return new PluginOutcome(reason, detail);
    }

    public boolean done() {
        return reason == Reason.DONE;
    }
}
