package com.lepton.caselibrary.search;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.Industry;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The facets a search counts and filters by: each has its index field, its URL parameter and the
 * values it may take (enum names), so a forged filter is refused rather than passed to the index.
 */
public enum SearchFacet {
    KIND("kind", "kind", SearchKind.values()),
    INDUSTRY("industry", "industry", Industry.values()),
    ALGORITHM("algorithm", "algorithm", AlgorithmFamily.values()),
    DATA_TYPE("dataType", "dataType", DataType.values()),
    DEMO("demo", "demo", Demo.values());

    /** Whether a case runs live in the portal or is a write-up only. */
    public enum Demo {
        LIVE,
        WRITE_UP
    }

    private final String field;
    private final String parameter;
    private final List<String> options;

    SearchFacet(String field, String parameter, Enum<?>[] values) {
        this.field = field;
        this.parameter = parameter;
        this.options = Arrays.stream(values).map(Enum::name).toList();
    }

    String field() {
        return field;
    }

    /** The name of the facet's parameter in URLs and the REST API. */
    public String parameter() {
        return parameter;
    }

    /** Every value the facet may take, in display order. */
    public List<String> options() {
        return options;
    }

    /** The value as the index holds it, if it is one of this facet's values (any case). */
    public Optional<String> normalize(String value) {
        String upper = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return options.contains(upper) ? Optional.of(upper) : Optional.empty();
    }

    /** The translation key of a value's label, e.g. {@code search.facet.INDUSTRY.FINANCE}. */
    public String labelKey(String value) {
        return "search.facet." + name() + "." + value;
    }
}
