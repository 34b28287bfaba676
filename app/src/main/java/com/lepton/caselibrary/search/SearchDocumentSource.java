package com.lepton.caselibrary.search;

import java.util.List;

/**
 * A feature's pages, as documents for the search index. Declare one as a Spring bean and its
 * documents are indexed at start and whenever the index is refreshed (plugins came or went, or
 * {@link SearchService#refresh()} was called after the feature's content changed).
 */
public interface SearchDocumentSource {

    /** Every document this feature has now. */
    List<SearchDocument> searchDocuments();
}
