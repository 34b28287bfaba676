package com.lepton.caselibrary.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
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
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.StandalonePojoMappingConfigurer;
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
        // SearchDocument, the one mapped type, is added by name, so nothing needs discovering. Left to discover,
        // Hibernate Search opened the portal's own jar as a shared zip file system to look for a Jandex index in it,
        // and closed it again while Vaadin, which serves its scripts from the same jar, was reading through it: the
        // sign-in page of a CI run stayed blank (ClosedFileSystemException on /VAADIN/build/*.js, 2026-12-07).
        settings.putIfAbsent("hibernate.search.mapping.configurer", (StandalonePojoMappingConfigurer)
                context -> context.annotationMapping()
                        .discoverAnnotatedTypesFromRootMappingAnnotations(false)
                        .discoverJandexIndexesFromAddedTypes(false)
                        .buildMissingDiscoveredJandexIndexes(false));
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
        String pageText = request.chinese() ? "textZh" : "textEn";
        try (SearchSession session = mapping.createSession()) {
            var query = session.search(SearchDocument.class)
                    .select(f -> f.composite()
                            .from(
                                    f.field("kind", String.class),
                                    f.field("path", String.class),
                                    f.field("titleZh", String.class),
                                    f.field("titleEn", String.class),
                                    f.field("industry", String.class),
                                    f.field("algorithm", String.class),
                                    f.field("dataType", String.class),
                                    f.field("demo", String.class),
                                    f.score(),
                                    // The start of the page language's text: a snippet without the words found.
                                    f.field(request.chinese() ? "leadZh" : "leadEn", String.class),
                                    f.id(String.class),
                                    f.highlight(pageText).highlighter(SNIPPET))
                            .asList())
                    .where((f, root) -> matching(f, root, request, misspelt))
                    .highlighter(SNIPPET, Snippets::highlighter);
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
            Map<String, List<?>> otherLanguage = otherLanguagePassages(session, request, misspelt, result.hits());
            List<SearchHit> hits = result.hits().stream()
                    .map(row -> hit(row, request.chinese(), otherLanguage.get((String) row.get(10))))
                    .toList();
            return new SearchResults(hits, result.total().hitCount(), facets);
        }
    }

    /**
     * The other language's passage, marked where the words are, for the hits without text in the page's language
     * (a partner's case written in one language): it stands in for the page language's. A bilingual hit shows its
     * page language's passage or start, so the other language's is highlighted only here, for the few that need it
     * (highlighting both for every hit made a search about half as slow again).
     */
    private Map<String, List<?>> otherLanguagePassages(
            SearchSession session, SearchRequest request, List<String> misspelt, List<List<?>> rows) {
        List<String> keys = rows.stream()
                .filter(row -> ((String) row.get(9)).isBlank())
                .map(row -> (String) row.get(10))
                .toList();
        if (keys.isEmpty() || request.text().isBlank()) {
            return Map.of();
        }
        Map<String, List<?>> passages = new HashMap<>();
        session.search(SearchDocument.class)
                .select(f -> f.composite()
                        .from(
                                f.id(String.class),
                                f.highlight(request.chinese() ? "textEn" : "textZh")
                                        .highlighter(SNIPPET))
                        .asList())
                .where((f, root) -> {
                    matching(f, root, request, misspelt);
                    root.add(f.id().matchingAny(keys));
                })
                .highlighter(SNIPPET, Snippets::highlighter)
                .fetchHits(keys.size())
                .forEach(row -> passages.put((String) row.get(0), (List<?>) row.get(1)));
        return passages;
    }

    /** What a query finds: the words as typed, or their near misses; and the facets' values chosen. */
    private void matching(
            SearchPredicateFactory f,
            SimpleBooleanPredicateClausesCollector<?, ?> root,
            SearchRequest request,
            List<String> misspelt) {
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
    }

    private static SearchHit hit(List<?> row, boolean chinese, List<?> otherLanguage) {
        String titleZh = (String) row.get(2);
        String titleEn = (String) row.get(3);
        String title = chinese ? firstNonBlank(titleZh, titleEn) : firstNonBlank(titleEn, titleZh);
        List<?> highlights = otherLanguage == null ? List.of(row.get(11)) : List.of(row.get(11), otherLanguage);
        return new SearchHit(
                SearchKind.valueOf((String) row.get(0)),
                (String) row.get(1),
                title,
                Snippets.pick((String) row.get(9), highlights),
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
