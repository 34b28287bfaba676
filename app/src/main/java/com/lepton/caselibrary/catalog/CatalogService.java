package com.lepton.caselibrary.catalog;

import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.content.CaseStudyContent;
import com.lepton.caselibrary.content.CaseStudyLibrary;
import com.lepton.caselibrary.content.LanguageVersions;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginCasesChanged;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.search.SearchFacet;
import com.lepton.caselibrary.search.SearchKind;
import com.lepton.caselibrary.search.SearchRequest;
import com.lepton.caselibrary.search.SearchResults;
import com.lepton.caselibrary.search.SearchService;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case library's catalog: one entry per case, from the started plugins (live cases) and the
 * write-ups without a plugin (read-only cases); browsed by industry and searched.
 */
@Service
@RequiredArgsConstructor
public class CatalogService {

    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);
    private static final int WRITE_ATTEMPTS = 3;
    /** Each attempt to write the catalogue has a transaction of its own, to roll back alone if it loses a row. */
    private static final TransactionDefinition OWN_TRANSACTION =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    private final CaseEntryRepository cases;
    private final PluginHost plugins;
    private final CaseStudyLibrary library;
    private final SearchService search;
    private final PlatformTransactionManager transactions;

    /**
     * Brings the catalog table in line with the plugins and write-ups present now. Replicas starting together on
     * one database all write the same rows: the one that loses a row to another (a duplicate key, or a row another
     * deleted) reads the table again and writes what is still missing.
     */
    @EventListener(ApplicationStartedEvent.class)
    public void synchronize() {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions, OWN_TRANSACTION);
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> writeCatalog());
                return;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException anotherReplicaWroteFirst) {
                if (attempt == WRITE_ATTEMPTS) {
                    throw anotherReplicaWroteFirst;
                }
                log.info("Case catalogue written by another replica at the same time; reading it again");
            }
        }
    }

    private void writeCatalog() {
        Set<String> present = new HashSet<>();
        for (LoadedCase loaded : plugins.cases()) {
            CaseDescriptor descriptor = loaded.descriptor();
            CaseEntry entry = cases.findById(descriptor.id()).orElseGet(() -> new CaseEntry(descriptor.id()));
            entry.update(
                    descriptor.industry(),
                    descriptor.algorithm(),
                    descriptor.dataType(),
                    descriptor.title(),
                    descriptor.summary(),
                    descriptor.tags(),
                    loaded.pluginId(),
                    true);
            cases.save(entry);
            present.add(descriptor.id());
        }
        library.all().forEach((id, languages) -> {
            if (present.contains(id)) {
                return;
            }
            CaseStudyContent en = LanguageVersions.pick(languages, "en").orElseThrow();
            CaseStudyContent zh = languages.getOrDefault("zh", en);
            CaseEntry entry = cases.findById(id).orElseGet(() -> new CaseEntry(id));
            List<String> tags = Stream.concat(zh.tags().stream(), en.tags().stream())
                    .distinct()
                    .toList();
            entry.update(
                    en.industry(),
                    en.algorithm(),
                    en.dataType(),
                    new LocalizedText(zh.title(), en.title()),
                    new LocalizedText(zh.summary(), en.summary()),
                    tags,
                    null,
                    false);
            cases.save(entry);
            present.add(id);
        });
        cases.findAll().stream()
                .filter(entry -> !present.contains(entry.getId()))
                .forEach(cases::delete);
    }

    /** A plugin enabled or disabled at run time: its cases join or leave the live catalog. */
    @EventListener
    @Order(1)
    public void pluginChanged(PluginCasesChanged change) {
        synchronize();
    }

    /**
     * The cases matching a query, ranked by the search index (words in any language, typos
     * tolerated); with no words, live demos first, then by id. A query the index refuses (too
     * long, malformed) throws {@link com.lepton.caselibrary.search.SearchQueryException}.
     */
    @Transactional(readOnly = true)
    public List<CaseEntry> search(CaseQuery query) {
        Map<SearchFacet, String> filters = new EnumMap<>(SearchFacet.class);
        filters.put(SearchFacet.KIND, SearchKind.CASE.name());
        if (query.industry() != null) {
            filters.put(SearchFacet.INDUSTRY, query.industry().name());
        }
        if (query.algorithm() != null) {
            filters.put(SearchFacet.ALGORITHM, query.algorithm().name());
        }
        if (query.dataType() != null) {
            filters.put(SearchFacet.DATA_TYPE, query.dataType().name());
        }
        SearchResults results =
                search.search(new SearchRequest(query.text(), filters, false, 0, SearchRequest.MAX_LIMIT));
        return results.hits().stream()
                .map(hit -> hit.path().substring("cases/".length()))
                .map(cases::findById)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Every industry with its cases, in the seed's order, including industries without cases. */
    @Transactional(readOnly = true)
    public Map<Industry, List<CaseEntry>> byIndustry() {
        Map<Industry, List<CaseEntry>> grouped = new EnumMap<>(Industry.class);
        for (Industry industry : Industry.values()) {
            grouped.put(industry, cases.findByIndustryOrderByIdAsc(industry));
        }
        return grouped;
    }

    @Transactional(readOnly = true)
    public Optional<CaseEntry> find(String caseId) {
        return caseId == null ? Optional.empty() : cases.findById(caseId);
    }

    @Transactional(readOnly = true)
    public long count() {
        return cases.count();
    }

    /** The case ids per industry, for tests and summaries. */
    public Map<Industry, List<String>> idsByIndustry() {
        return byIndustry().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue().stream().map(CaseEntry::getId).toList(),
                        (a, b) -> a,
                        () -> new EnumMap<>(Industry.class)));
    }
}
