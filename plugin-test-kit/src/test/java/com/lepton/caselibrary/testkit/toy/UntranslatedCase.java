package com.lepton.caselibrary.testkit.toy;

import com.lepton.caselibrary.api.LocalizedText;
import org.pf4j.Extension;

/** The toy case with its Chinese title left blank, as a partner in a hurry might ship it. */
@Extension
public class UntranslatedCase extends ToyCase {

    @Override
    protected LocalizedText title() {
        return LocalizedText.of(" ", "Three-point trend");
    }
}
