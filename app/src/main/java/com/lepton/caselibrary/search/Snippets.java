package com.lepton.caselibrary.search;

import java.util.List;

/**
 * The passage a hit shows. The unified highlighter gives a sentence around the words found, but where a field has
 * no match it returns the field's whole text (it cannot cut that passage), so that fallback is shortened here.
 */
final class Snippets {

    /** About two lines of a result card. */
    static final int LONGEST_WITHOUT_MATCH = 160;

    private Snippets() {}

    /** The first passage with the words found, in the order of the fields; else the start of the first text. */
    static String pick(List<?> highlights) {
        List<String> passages = highlights.stream()
                .map(fragments -> (List<?>) fragments)
                .map(fragments -> fragments.isEmpty() ? "" : String.valueOf(fragments.getFirst()))
                .toList();
        return passages.stream()
                .filter(passage -> passage.contains("<mark>"))
                .findFirst()
                .orElseGet(() -> passages.stream()
                        .filter(passage -> !passage.isBlank())
                        .findFirst()
                        .map(Snippets::start)
                        .orElse(""));
    }

    /**
     * The start of an HTML-escaped text, cut before {@link #LONGEST_WITHOUT_MATCH} characters at a space where there
     * is one (Chinese has none) and never inside an entity such as {@code &amp;}, with an ellipsis.
     */
    static String start(String escaped) {
        if (escaped.length() <= LONGEST_WITHOUT_MATCH) {
            return escaped;
        }
        int end = LONGEST_WITHOUT_MATCH;
        int ampersand = escaped.lastIndexOf('&', end);
        if (ampersand >= 0 && escaped.indexOf(';', ampersand) >= end) {
            end = ampersand;
        }
        int space = escaped.lastIndexOf(' ', end);
        if (space > LONGEST_WITHOUT_MATCH / 2) {
            end = space;
        }
        return escaped.substring(0, end).strip() + "…";
    }
}
