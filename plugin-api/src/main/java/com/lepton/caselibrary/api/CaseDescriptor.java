package com.lepton.caselibrary.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the catalog knows about a case.
 *
 * @param id         stable identifier, lower-case letters, digits and dashes, e.g. {@code manufacturing-sorting};
 *                   it names the case's write-up in {@code case-studies/ID.zh.md} and {@code ID.en.md}
 * @param industry   the industry the case belongs to
 * @param title      the case's title
 * @param summary    one or two sentences for cards and search results
 * @param tags       search keywords
 * @param algorithm  the model's family
 * @param dataType   the kind of data the model reads
 * @param dataSource where the training data comes from, with its licence
 */
public record CaseDescriptor(
        String id,
        Industry industry,
        LocalizedText title,
        LocalizedText summary,
        List<String> tags,
        AlgorithmFamily algorithm,
        DataType dataType,
        DataSource dataSource) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public CaseDescriptor {
        Objects.requireNonNull(id, "id");
        if (id.length() > 64 || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "case id must be lower-case words joined by dashes, at most 64 characters: " + id);
        }
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        tags = List.copyOf(tags);
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(dataSource, "dataSource");
    }
}
