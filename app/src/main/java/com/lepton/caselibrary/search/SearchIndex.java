package com.lepton.caselibrary.search;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
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
    private final Object writeLock = new Object();
    private Set<String> indexed = Set.of();

    /** Builds the mapping; {@code properties} are Hibernate Search settings that override the defaults. */
    public SearchIndex(Map<String, ?> properties) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.search.backend.type", "lucene");
        settings.putAll(properties);
        if ("lucene".equals(String.valueOf(settings.get("hibernate.search.backend.type")))) {
            settings.putIfAbsent("hibernate.search.backend.directory.type", "local-heap");
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
        }
    }

    /** How many documents the index holds. */
    public int size() {
        synchronized (writeLock) {
            return indexed.size();
        }
    }

    /** Ranked hits with highlighted snippets and facet counts over all hits. */
    public SearchResults search(SearchRequest request) {
        try {
            return search(request, true);
        } catch (RuntimeException e) {
            // Lucene refuses some fuzzy expansions (e.g. a one-letter term two edits away): answer without typos.
            return search(request, false);
        }
    }

    private SearchResults search(SearchRequest request, boolean typos) {
        boolean chinese = request.chinese();
        String mine = chinese ? "textZh" : "textEn";
        String other = chinese ? "textEn" : "textZh";
        try (SearchSession session = mapping.createSession()) {
            var query = session.search(SearchDocument.class)
                    .select(f -> f.composite()
                            .from(
                                    f.field("kind", String.class),
                                    f.field("path", String.class),
                                    f.field("titleZh", String.class),
                                    f.field("titleEn", String.class),
                                    f.highlight(mine).highlighter(SNIPPET),
                                    f.highlight(other).highlighter(SNIPPET),
                                    f.field("industry", String.class),
                                    f.field("algorithm", String.class),
                                    f.field("dataType", String.class),
                                    f.field("demo", String.class),
                                    f.score())
                            .asList())
                    .where((f, root) -> {
                        if (request.text().isEmpty()) {
                            root.add(f.matchAll());
                        } else {
                            var exact = f.simpleQueryString()
                                    .field("titleZh")
                                    .field("titleEn")
                                    .boost(3f)
                                    .fields("textZh", "textEn")
                                    .matching(request.text())
                                    .defaultOperator(BooleanOperator.AND)
                                    .flags(FLAGS);
                            List<String> words = typos ? fuzzyWords(request.text()) : List.<String>of();
                            if (words.isEmpty()) {
                                root.add(exact);
                            } else {
                                // Typos: every longer word within one edit (two from eight letters on) in an
                                // English field, ranked below exact matches.
                                var misspelt = f.bool();
                                for (String word : words) {
                                    misspelt.must(f.match()
                                            .fields("titleEn", "textEn")
                                            .matching(word)
                                            .fuzzy(word.length() < 8 ? 1 : 2, 1));
                                }
                                root.add(f.or(exact.boost(2f), misspelt.boost(0.3f)));
                            }
                        }
                        request.filters()
                                .forEach((facet, value) ->
                                        root.add(f.match().field(facet.field()).matching(value)));
                    })
                    .highlighter(
                            SNIPPET,
                            h -> h.fastVector()
                                    .tag("<mark>", "</mark>")
                                    .encoder(HighlighterEncoder.HTML)
                                    .fragmentSize(160)
                                    .numberOfFragments(1)
                                    .noMatchSize(160));
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
            List<SearchHit> hits =
                    result.hits().stream().map(row -> hit(row, chinese)).toList();
            return new SearchResults(hits, result.total().hitCount(), facets);
        }
    }

    private static SearchHit hit(List<?> row, boolean chinese) {
        String titleZh = (String) row.get(2);
        String titleEn = (String) row.get(3);
        String title = chinese ? firstNonBlank(titleZh, titleEn) : firstNonBlank(titleEn, titleZh);
        return new SearchHit(
                SearchKind.valueOf((String) row.get(0)),
                (String) row.get(1),
                title,
                snippet((List<?>) row.get(4), (List<?>) row.get(5)),
                (String) row.get(6),
                (String) row.get(7),
                (String) row.get(8),
                (String) row.get(9),
                (Float) row.get(10));
    }

    /** The passage with the words found, in the visitor's language first; else the start of their text. */
    private static String snippet(List<?> mine, List<?> other) {
        String first = mine.isEmpty() ? "" : String.valueOf(mine.getFirst());
        String second = other.isEmpty() ? "" : String.valueOf(other.getFirst());
        if (!first.contains("<mark>") && second.contains("<mark>")) {
            return second;
        }
        return first.isBlank() ? second : first;
    }

    private static String firstNonBlank(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }

    /**
     * The words worth a fuzzy match: none for Chinese text (a one-character edit there is another
     * word), and no words of three letters or fewer (stop words, and too short to guess at).
     */
    private static List<String> fuzzyWords(String text) {
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return List.of();
        }
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() > 3)
                .limit(8)
                .toList();
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
