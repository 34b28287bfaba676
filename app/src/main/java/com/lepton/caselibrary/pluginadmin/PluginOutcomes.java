package com.lepton.caselibrary.pluginadmin;

import com.lepton.caselibrary.i18n.Messages;
import com.lepton.caselibrary.pluginhost.PluginOutcome;
import java.util.Locale;

/** A refused plugin action in the operator's language: the reason translated, then the host's detail. */
final class PluginOutcomes {

    private PluginOutcomes() {}

    static String describe(PluginOutcome outcome, Locale locale) {
        String reason = Messages.format("plugins.outcome." + outcome.reason().name(), locale);
        return outcome.detail().isBlank() ? reason : reason + " (" + outcome.detail() + ")";
    }
}
