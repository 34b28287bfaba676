package com.lepton.caselibrary.search;

import java.util.EnumMap;
import java.util.Map;

/**
 * A search: words (any language, may be empty), filters by facet, the visitor's language (for the
 * snippet and title shown first) and the page of results wanted.
 *
 * @param text     the words; empty lists everything
 * @param filters  one value per facet at most, already checked against the facet's values
 * @param chinese  whether the visitor reads Chinese
 * @param offset   the first hit wanted
 * @param limit    how many hits at most
 */
public record SearchRequest(String text, Map<SearchFacet, String> filters, boolean chinese, int offset, int limit) {

    /** Longest query accepted, in characters; a longer one is refused with a message. */
    public static final int MAX_TEXT = 200;

    public static final int MAX_LIMIT = 100;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new SearchQueryException("search.error.toolong", MAX_TEXT);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw new SearchQueryException("search.error.malformed");
        }
        filters = filters.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(filters));
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new SearchQueryException("search.error.page", MAX_LIMIT);
        }
    }

    /** A first page of 20 for these words and filters. */
    public static SearchRequest of(String text, Map<SearchFacet, String> filters, boolean chinese) {
        return new SearchRequest(text, filters, chinese, 0, 20);
    }

    /**
     * Filters read from untrusted strings (URL or REST parameters): each known facet's value must
     * be one of its values; an unknown value is refused, a blank one ignored.
     */
    public static Map<SearchFacet, String> filters(Map<SearchFacet, String> raw) {
        Map<SearchFacet, String> checked = new EnumMap<>(SearchFacet.class);
        raw.forEach((facet, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            if (value.length() > 40) {
                throw new SearchQueryException("search.error.filter", facet.parameter());
            }
            checked.put(
                    facet,
                    facet.normalize(value)
                            .orElseThrow(() -> new SearchQueryException("search.error.filter", facet.parameter())));
        });
        return checked;
    }
}
