package com.lepton.caselibrary.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * The search index itself, on Hibernate Search's standalone mapper: the embedded Lucene backend
 * in memory by default, or whatever backend the {@code hibernate.search.*} properties name
 * (Elasticsearch/OpenSearch). Holds only {@link SearchDocument}s; knows nothing of Spring.
 */
public final class SearchIndex implements AutoCloseable {

    private static final int BATCH = 500;
    private static final String SNIPPET = "snippet";
    private static final Set<SimpleQueryFlag> FLAGS = Set.of(
            SimpleQueryFlag.AND,
            SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE,
            SimpleQueryFlag.PRECEDENCE,
            SimpleQueryFlag.PREFIX,
            SimpleQueryFlag.WHITESPACE);
    private static final Map<SearchFacet, AggregationKey<Map<String, Long>>> AGGREGATIONS =
            new EnumMap<>(SearchFacet.class);

    static {
        for (SearchFacet facet : SearchFacet.values()) {
            AGGREGATIONS.put(facet, AggregationKey.of(facet.field()));
        }
    }

    private final CloseableSearchMapping mapping;
    private final boolean lucene;
    private final Object writeLock = new Object();
    private Set<String> indexed = Set.of();

    /** Builds the mapping; {@code properties} are Hibernate Search settings that override the defaults. */
    public SearchIndex(Map<String, ?> properties) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.search.backend.type", "lucene");
        settings.putAll(properties);
        this.lucene = "lucene".equals(String.valueOf(settings.get("hibernate.search.backend.type")));
        if (lucene) {
            settings.putIfAbsent("hibernate.search.backend.directory.type", "local-heap");
            // The index lives in memory and is rebuilt at every start, so the newest format is always right (and
            // saying so keeps a warning out of every start's log).
            settings.putIfAbsent("hibernate.search.backend.lucene_version", "LATEST");
            settings.putIfAbsent("hibernate.search.backend.analysis.configurer", new SearchAnalyzers());
        } else {
            settings.putIfAbsent("hibernate.search.backend.analysis.configurer", new ElasticsearchAnalyzers());
        }
        this.mapping = SearchMapping.builder(
                        AnnotatedTypeSource.fromClasses(SearchDocument.class), MethodHandles.lookup())
                .properties(settings)
                .build();
    }

    /**
     * Makes the index hold exactly these documents: every one added or updated in batches, then
     * the ones no longer there removed, so searches during a refresh never see an empty index.
     */
    public void replaceAll(Collection<SearchDocument> documents) {
        synchronized (writeLock) {
            Set<String> keys = new HashSet<>();
            List<SearchDocument> all = List.copyOf(documents);
            for (int from = 0; from < all.size(); from += BATCH) {
                try (SearchSession session = session()) {
                    for (SearchDocument document : all.subList(from, Math.min(all.size(), from + BATCH))) {
                        session.indexingPlan().addOrUpdate(document);
                        keys.add(document.key());
                    }
                }
            }
            try (SearchSession session = session()) {
                indexed.stream()
                        .filter(key -> !keys.contains(key))
                        .forEach(key -> session.indexingPlan().purge(SearchDocument.class, key, null));
            }
            indexed = Set.copyOf(keys);
            if (lucene) {
                // One segment: facet counting then needs no ordinal map across segments on every query.
                mapping.scope(SearchDocument.class).workspace().mergeSegments();
            }
        }
    }

    /** How many documents the index holds. */
    public int size() {
        synchronized (writeLock) {
            return indexed.size();
        }
    }

    /**
     * Ranked hits with highlighted snippets and facet counts over all hits. Typos are tried only when
     * the query as typed finds nothing: a second, fuzzy query then answers.
     */
    public SearchResults search(SearchRequest request) {
        SearchResults exact = search(request, List.of());
        List<String> words = exact.total() > 0 ? List.of() : Typos.words(request.text(), hasHan(request.text()));
        if (words.isEmpty()) {
            return exact;
        }
        try {
            return search(request, words);
        } catch (RuntimeException e) {
            // Lucene refuses some fuzzy expansions (e.g. a one-letter term two edits away): nothing found, then.
            return exact;
        }
    }

    /** The query as typed, or (with {@code misspelt} words) every word within an edit or two of a word. */
    private SearchResults search(SearchRequest request, List<String> misspelt) {
        List<String> highlighted = highlightedFields(request);
        try (SearchSession session = mapping.createSession()) {
            var query = session.search(SearchDocument.class)
                    .select(f -> {
                        List<ProjectionFinalStep<?>> columns = new ArrayList<>(List.of(
                                f.field("kind", String.class),
                                f.field("path", String.class),
                                f.field("titleZh", String.class),
                                f.field("titleEn", String.class),
                                f.field("industry", String.class),
                                f.field("algorithm", String.class),
                                f.field("dataType", String.class),
                                f.field("demo", String.class),
                                f.score(),
                                // The page language's whole text: a snippet without the words found is its start.
                                f.field(request.chinese() ? "textZh" : "textEn", String.class)));
                        highlighted.forEach(
                                field -> columns.add(f.highlight(field).highlighter(SNIPPET)));
                        return f.composite()
                                .from(columns.toArray(ProjectionFinalStep<?>[]::new))
                                .asList();
                    })
                    .where((f, root) -> {
                        if (!misspelt.isEmpty() && lucene) {
                            root.add(f.extension(LuceneExtension.get()).fromLuceneQuery(typos(misspelt)));
                        } else if (!misspelt.isEmpty()) {
                            for (String word : misspelt) {
                                root.add(f.match()
                                        .fields("titleEn", "textEn", "keywordsEn")
                                        .matching(word)
                                        .fuzzy(word.length() < 8 ? 1 : 2, 1));
                            }
                        } else if (request.text().isEmpty()) {
                            root.add(f.matchAll());
                        } else {
                            root.add(f.simpleQueryString()
                                    .field("titleZh")
                                    .field("titleEn")
                                    .boost(3f)
                                    .fields("textZh", "textEn", "keywordsZh", "keywordsEn")
                                    .matching(request.text())
                                    .defaultOperator(BooleanOperator.AND)
                                    .flags(FLAGS));
                        }
                        request.filters()
                                .forEach((facet, value) ->
                                        root.add(f.match().field(facet.field()).matching(value)));
                    })
                    .highlighter(
                            SNIPPET,
                            // The unified highlighter reads offsets from the term vectors and matches typos
                            // and prefixes by automaton, without expanding them over the index for each hit.
                            // On the Lucene backend it ignores fragmentSize (Hibernate Search 8.2 reference,
                            // "Fragment size and number of fragments": only the plain and fast vector
                            // highlighters honour it there), so a passage is a whole sentence and Snippets
                            // cuts a long one. The plain highlighter would cut, but it analyses every hit's
                            // text again, and its passage of a field without a match is the text's first
                            // characters as they are: not HTML-encoded, cut inside a word.
                            h -> h.unified()
                                    .tag("<mark>", "</mark>")
                                    .encoder(HighlighterEncoder.HTML)
                                    .numberOfFragments(1)
                                    // Where a field has no match it returns the text's first sentence (Snippets
                                    // takes the start of the projected text instead); a smaller size is ignored
                                    // with a warning on every query.
                                    .noMatchSize(Integer.MAX_VALUE));
            AGGREGATIONS.forEach((facet, key) -> query.aggregation(
                    key, f -> f.terms().field(facet.field(), String.class).maxTermCount(50)));
            if (request.text().isEmpty()) {
                query.sort(f -> f.field("kind")
                        .then()
                        .field("demo")
                        .missing()
                        .last()
                        .then()
                        .field("path"));
            }
            SearchResult<List<?>> result = query.fetch(request.offset(), request.limit());
            Map<SearchFacet, Map<String, Long>> facets = new EnumMap<>(SearchFacet.class);
            AGGREGATIONS.forEach((facet, key) -> facets.put(facet, Map.copyOf(result.aggregation(key))));
            List<SearchHit> hits = result.hits().stream()
                    .map(row -> hit(row, request.chinese()))
                    .toList();
            return new SearchResults(hits, result.total().hitCount(), facets);
        }
    }

    /**
     * The text fields a snippet is taken from, the visitor's language first: its passage, marked where the words are in
     * it, even where they were found only in the other language's text (an English word on the Chinese page, a Chinese
     * word on the English page), whose passage answers only for a document without text in the visitor's language.
     * No words at all, the visitor's text alone, whose start is the snippet.
     */
    private static List<String> highlightedFields(SearchRequest request) {
        List<String> fields = request.chinese() ? List.of("textZh", "textEn") : List.of("textEn", "textZh");
        return request.text().isBlank() ? fields.subList(0, 1) : fields;
    }

    private static SearchHit hit(List<?> row, boolean chinese) {
        String titleZh = (String) row.get(2);
        String titleEn = (String) row.get(3);
        String title = chinese ? firstNonBlank(titleZh, titleEn) : firstNonBlank(titleEn, titleZh);
        return new SearchHit(
                SearchKind.valueOf((String) row.get(0)),
                (String) row.get(1),
                title,
                Snippets.pick((String) row.get(9), row.subList(10, row.size())),
                (String) row.get(4),
                (String) row.get(5),
                (String) row.get(6),
                (String) row.get(7),
                (Float) row.get(8));
    }

    private static String firstNonBlank(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }

    /** The misspelt words as the index terms closest to them, read from the index as it is now. */
    private Query typos(List<String> words) {
        try (IndexReader reader = mapping.scope(SearchDocument.class)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            return Typos.query(words, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private SearchSession session() {
        return mapping.createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync())
                .build();
    }

    @Override
    public void close() {
        mapping.close();
    }
}
