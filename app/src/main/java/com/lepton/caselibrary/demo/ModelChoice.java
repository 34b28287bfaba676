package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.pluginhost.LoadedCase;

/**
 * Which model of a case answers a run: the shipped one, or a private version (a consultant's client model) that is
 * loaded into the same pool under its own key.
 *
 * @param key     the model's key in the inference pool
 * @param version the version recorded with the run and shown with the answer
 */
public record ModelChoice(String key, String version) {

    /** The case's shipped model. */
    public static ModelChoice shipped(LoadedCase loaded) {
        return new ModelChoice(
                CaseModels.modelKey(loaded), loaded.plugin().model().version());
    }
}
