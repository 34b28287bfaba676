package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.i18n.Messages;

/**
 * Translation keys a case may word itself: a case whose text input is not a message (a table of visits), or whose
 * series is not a series (one record's measurements), words its input box and explanation legend under
 * {@code KEY.CASE_ID}.
 */
final class CaseKeys {

    private CaseKeys() {}

    /** {@code KEY.CASE_ID} when the portal translates it, else {@code KEY}. */
    static String of(String key, String caseId) {
        String own = key + "." + caseId;
        return Messages.format(own, Languages.ENGLISH).equals(own) ? key : own;
    }
}
