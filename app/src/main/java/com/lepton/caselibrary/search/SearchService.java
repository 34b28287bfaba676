package com.lepton.caselibrary.search;

import com.lepton.caselibrary.pluginhost.PluginCasesChanged;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Full-text search over everything the portal shows. The index is built in the background once the
 * portal is ready (so the first page is not held up), from every {@link SearchDocumentSource}, and
 * rebuilt when plugins come or go. Settings under {@code hibernate.search.*} go to Hibernate Search
 * unchanged (e.g. {@code hibernate.search.backend.type=elasticsearch}).
 */
@Service
public class SearchService {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);
    private static final long WAIT_SECONDS = 20;

    private final ObjectProvider<SearchDocumentSource> sources;
    private final Map<String, String> settings;
    private final CompletableFuture<SearchIndex> index = new CompletableFuture<>();
    /** How long a failed build waits before it is tried again. */
    Duration retryAfter = Duration.ofSeconds(5);

    public SearchService(ObjectProvider<SearchDocumentSource> sources, Environment environment) {
        this.sources = sources;
        Map<String, String> bound = Binder.get(environment)
                .bind("hibernate.search", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        this.settings = new HashMap<>();
        bound.forEach((key, value) -> settings.put("hibernate.search." + key, value));
    }

    /** Builds the index off the request threads, once the catalog is in step with the plugins. */
    @EventListener(ApplicationReadyEvent.class)
    void buildInBackground() {
        Thread.ofPlatform().name("search-index").daemon().start(this::buildUntilBuilt);
    }

    /**
     * The sources read the database: one away for a moment at start (seen in PostgresRestartIT when the build ran
     * into its outage) must not leave search refusing every query until the next restart, so a failed build is
     * tried again.
     */
    void buildUntilBuilt() {
        for (int attempt = 1; ; attempt++) {
            SearchIndex built = null;
            try {
                long start = System.nanoTime();
                built = new SearchIndex(settings);
                built.replaceAll(collect());
                index.complete(built);
                log.info(
                        "Search index built: {} documents in {} ms",
                        built.size(),
                        (System.nanoTime() - start) / 1_000_000);
                return;
            } catch (RuntimeException e) {
                if (built != null) {
                    built.close();
                }
                log.warn(
                        "The search index could not be built (attempt {}), trying again in {} s: {}",
                        attempt,
                        retryAfter.toSeconds(),
                        e.toString());
            }
            try {
                Thread.sleep(retryAfter);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A plugin's cases came or went: after the catalog has taken the change, the index follows. */
    @EventListener
    @Order(10)
    void pluginChanged(PluginCasesChanged change) {
        if (index.isDone()) {
            refresh();
        }
    }

    /** Reads every source again and makes the index hold exactly their documents. */
    public void refresh() {
        ready().replaceAll(collect());
    }

    /** Ranked hits, snippets and facet counts; refused with a message key while the index cannot answer. */
    public SearchResults search(SearchRequest request) {
        return ready().search(request);
    }

    /** Whether the index has been built (searches before then wait up to 20 s). */
    public boolean isReady() {
        return index.isDone() && !index.isCompletedExceptionally();
    }

    private List<SearchDocument> collect() {
        List<SearchDocument> documents = new ArrayList<>();
        sources.orderedStream().forEach(source -> documents.addAll(source.searchDocuments()));
        return documents;
    }

    private SearchIndex ready() {
        try {
            return index.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SearchQueryException.notReady();
        } catch (ExecutionException | TimeoutException e) {
            throw SearchQueryException.notReady();
        }
    }

    @PreDestroy
    void close() {
        index.thenAccept(SearchIndex::close);
    }
}
