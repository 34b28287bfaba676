package com.lepton.caselibrary.api;

import java.util.Objects;

/**
 * Where a case's training data comes from, shown on the case page.
 *
 * @param name    the data set's name, e.g. {@code Fashion-MNIST}
 * @param origin  where it was obtained (a package name or a citation), never fetched at run time
 * @param licence the data set's licence, e.g. {@code MIT}
 * @param url     the data set's home page, for attribution
 */
public record DataSource(String name, String origin, String licence, String url) {

    public DataSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(url, "url");
    }
}
