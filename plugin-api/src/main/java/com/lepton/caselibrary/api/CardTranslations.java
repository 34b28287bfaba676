package com.lepton.caselibrary.api;

import com.lepton.caselibrary.api.ModelCard.Texts;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A model card's translated texts by language tag: how they are kept and how a reader's language finds one. */
final class CardTranslations {

    private CardTranslations() {}

    /** An unmodifiable copy; a language written as null in a card's JSON is left out rather than breaking the whole card. */
    static Map<String, Texts> copyOf(Map<String, Texts> translations) {
        return translations == null
                ? Map.of()
                : translations.entrySet().stream()
                        .filter(entry -> entry.getKey() != null && entry.getValue() != null)
                        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** {@code translations} with {@code texts} for {@code languageTag}, written in its normal form, replacing one given before. */
    static Map<String, Texts> with(Map<String, Texts> translations, String languageTag, Texts texts) {
        Map<String, Texts> all = new TreeMap<>(translations);
        all.put(Locale.forLanguageTag(languageTag).toLanguageTag(), texts);
        return all;
    }

    /**
     * The non-blank {@code text} for a reader in {@code locale}: from the translation for its full
     * language tag (e.g. {@code zh-CN}), else for its language ({@code zh}, or any {@code zh-*} tag).
     */
    static Optional<String> find(Map<String, Texts> translations, Locale locale, Function<Texts, String> text) {
        if (locale == null || translations.isEmpty() || locale.getLanguage().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> exact = Optional.ofNullable(translations.get(locale.toLanguageTag()))
                .map(text)
                .filter(value -> !value.isBlank());
        if (exact.isPresent()) {
            return exact;
        }
        return translations.entrySet().stream()
                .filter(entry ->
                        Locale.forLanguageTag(entry.getKey()).getLanguage().equals(locale.getLanguage()))
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> text.apply(entry.getValue()))
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
    }
}
