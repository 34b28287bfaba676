package com.lepton.caselibrary.catalog;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.Industry;

/**
 * A catalog search: free text and optional filters; {@code null} means "any".
 *
 * @param text      words to find in titles, summaries and tags (both languages)
 * @param industry  only this industry
 * @param algorithm only this model family
 * @param dataType  only this kind of data
 */
public record CaseQuery(String text, Industry industry, AlgorithmFamily algorithm, DataType dataType) {

    /** Everything. */
    public static CaseQuery all() {
        return new CaseQuery("", null, null, null);
    }
}
