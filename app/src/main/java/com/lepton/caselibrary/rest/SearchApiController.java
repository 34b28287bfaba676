package com.lepton.caselibrary.rest;

import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.search.SearchFacet;
import com.lepton.caselibrary.search.SearchHit;
import com.lepton.caselibrary.search.SearchRequest;
import com.lepton.caselibrary.search.SearchResults;
import com.lepton.caselibrary.search.SearchService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over cases, solutions and guide pages, with the same options as the search page. */
@Tag(name = "search", description = "Full-text search with facets, in Chinese and English")
@RestController
@RequestMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
@RequiredArgsConstructor
class SearchApiController {

    private final SearchService search;

    /** A hit: {@code snippet} is HTML-escaped text in which only {@code <mark>} tags are markup. */
    record Hit(
            String kind,
            String path,
            String title,
            String snippet,
            String industry,
            String algorithm,
            String dataType,
            String demo,
            float score) {

        static Hit of(SearchHit hit) {
            return new Hit(
                    hit.kind().name(),
                    "/" + hit.path(),
                    hit.title(),
                    hit.snippetHtml(),
                    hit.industry(),
                    hit.algorithm(),
                    hit.dataType(),
                    hit.demo(),
                    hit.score());
        }
    }

    /** The hits of one page, the total, and per facet the count of hits with each value. */
    record Page(long total, int offset, List<Hit> hits, Map<String, Map<String, Long>> facets) {}

    @Operation(
            summary = "Search cases, solutions and guide pages",
            description = "Words in Chinese or English (typos tolerated; \"phrases\", -exclusion and OR allowed),"
                    + " at most 200 characters; each filter takes one of its facet's values."
                    + " Refusals answer 400 with a message in the Accept-Language's language.")
    @GetMapping
    Page search(
            @Parameter(description = "the words; empty lists everything") @RequestParam(defaultValue = "") String q,
            @Parameter(description = "CASE, SOLUTION or GUIDE") @RequestParam(required = false) String kind,
            @Parameter(description = "MANUFACTURING, FINANCE, HEALTHCARE or TECHNOLOGY") @RequestParam(required = false)
                    String industry,
            @Parameter(description = "CNN, RNN, LSTM or MLP") @RequestParam(required = false) String algorithm,
            @Parameter(description = "IMAGE, TIME_SERIES, TEXT or TABULAR") @RequestParam(required = false)
                    String dataType,
            @Parameter(description = "LIVE or WRITE_UP (cases)") @RequestParam(required = false) String demo,
            @Parameter(description = "zh or en: the language of titles and snippets (default: Accept-Language)")
                    @RequestParam(required = false)
                    String lang,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "20") int limit,
            Locale locale) {
        Map<SearchFacet, String> raw = new EnumMap<>(SearchFacet.class);
        putIfPresent(raw, SearchFacet.KIND, kind);
        putIfPresent(raw, SearchFacet.INDUSTRY, industry);
        putIfPresent(raw, SearchFacet.ALGORITHM, algorithm);
        putIfPresent(raw, SearchFacet.DATA_TYPE, dataType);
        putIfPresent(raw, SearchFacet.DEMO, demo);
        boolean chinese = lang == null ? Languages.isChinese(locale) : lang.startsWith("zh");
        SearchResults results = search.search(new SearchRequest(q, SearchRequest.filters(raw), chinese, offset, limit));
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        results.facets().forEach((facet, counts) -> facets.put(facet.parameter(), counts));
        return new Page(
                results.total(), offset, results.hits().stream().map(Hit::of).toList(), facets);
    }

    private static void putIfPresent(Map<SearchFacet, String> raw, SearchFacet facet, String value) {
        if (value != null) {
            raw.put(facet, value);
        }
    }
}
