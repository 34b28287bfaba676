package com.lepton.caselibrary.api;

/** The industries of the case library, as named in the customer's source article. */
public enum Industry {
    MANUFACTURING,
    FINANCE,
    HEALTHCARE,
    TECHNOLOGY
}
