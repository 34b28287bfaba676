package com.lepton.caselibrary.search;

import java.util.List;
import java.util.Map;

/**
 * A page of ranked hits, how many there are in all, and for each facet how many of them have each
 * value (counted over all the hits, not only this page; values without hits are left out).
 */
public record SearchResults(List<SearchHit> hits, long total, Map<SearchFacet, Map<String, Long>> facets) {

    /** The number of hits with this facet value. */
    public long count(SearchFacet facet, String value) {
        return facets.getOrDefault(facet, Map.of()).getOrDefault(value, 0L);
    }
}
