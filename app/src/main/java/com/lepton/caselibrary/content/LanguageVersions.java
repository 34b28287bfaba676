package com.lepton.caselibrary.content;

import java.util.Map;
import java.util.Optional;

/** Picks a document's version in one language out of its versions by language code ({@code zh}/{@code en}). */
public final class LanguageVersions {

    private LanguageVersions() {}

    /** The version in that language, else the one it has in the other; empty when there is none (or no map). */
    public static <T> Optional<T> pick(Map<String, T> byLanguage, String language) {
        if (byLanguage == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                byLanguage.getOrDefault(language, byLanguage.values().iterator().next()));
    }
}
