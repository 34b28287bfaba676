package com.lepton.caselibrary.search;

/** What a search hit is; each kind has its own label and page. */
public enum SearchKind {
    CASE,
    SOLUTION,
    GUIDE
}
