package com.lepton.caselibrary.api;

/** The kind of data a case works on; used to filter the catalog. */
public enum DataType {
    IMAGE,
    TIME_SERIES,
    TEXT,
    TABULAR
}
