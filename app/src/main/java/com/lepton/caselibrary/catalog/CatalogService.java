package com.lepton.caselibrary.catalog;

import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.content.CaseStudyContent;
import com.lepton.caselibrary.content.CaseStudyLibrary;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginCasesChanged;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case library's catalog: one entry per case, from the started plugins (live cases) and the
 * write-ups without a plugin (read-only cases); browsed by industry and searched.
 */
@Service
public class CatalogService {

    private final CaseEntryRepository cases;
    private final PluginHost plugins;
    private final CaseStudyLibrary library;

    public CatalogService(CaseEntryRepository cases, PluginHost plugins, CaseStudyLibrary library) {
        this.cases = cases;
        this.plugins = plugins;
        this.library = library;
    }

    /** Brings the catalog table in line with the plugins and write-ups present now. */
    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void synchronize() {
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
            CaseStudyContent en =
                    languages.getOrDefault("en", languages.values().iterator().next());
            CaseStudyContent zh = languages.getOrDefault("zh", en);
            CaseEntry entry = cases.findById(id).orElseGet(() -> new CaseEntry(id));
            List<String> tags = java.util.stream.Stream.concat(zh.tags().stream(), en.tags().stream())
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
    @org.springframework.core.annotation.Order(1)
    @Transactional
    public void pluginChanged(PluginCasesChanged change) {
        synchronize();
    }

    /** The cases matching a query: live demos first, then by title. */
    @Transactional(readOnly = true)
    public List<CaseEntry> search(CaseQuery query) {
        String[] words = normalize(query.text()).split("\\s+");
        return cases.findAll().stream()
                .filter(entry -> query.industry() == null || entry.getIndustry() == query.industry())
                .filter(entry -> query.algorithm() == null || entry.getAlgorithm() == query.algorithm())
                .filter(entry -> query.dataType() == null || entry.getDataType() == query.dataType())
                .filter(entry -> Arrays.stream(words)
                        .allMatch(word -> searchableText(entry).contains(word)))
                .sorted(Comparator.comparing(CaseEntry::isLiveDemo).reversed().thenComparing(CaseEntry::getId))
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

    private static String searchableText(CaseEntry entry) {
        return normalize(String.join(
                " ",
                entry.getId(),
                entry.getTitle().zh(),
                entry.getTitle().en(),
                entry.getSummary().zh(),
                entry.getSummary().en(),
                String.join(" ", entry.getTags()),
                entry.getAlgorithm().name(),
                entry.getIndustry().name()));
    }

    private static String normalize(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
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
