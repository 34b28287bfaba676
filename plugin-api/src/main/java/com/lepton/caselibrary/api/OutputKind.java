package com.lepton.caselibrary.api;

/** The kind of result a demo produces; the host renders it. */
public enum OutputKind {
    /** Class probabilities. */
    CLASSIFICATION,
    /** Future values of a series. */
    FORECAST
}
