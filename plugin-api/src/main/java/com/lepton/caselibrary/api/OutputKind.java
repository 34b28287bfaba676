package com.lepton.caselibrary.api;

/** The kind of result a demo produces; the host renders it. */
public enum OutputKind {
    /** Class probabilities. */
    CLASSIFICATION,
    /** Future values of a series. */
    FORECAST,
    /** A series with an anomaly score per reading and the flagged readings (since 1.3.0). */
    ANOMALIES
}
