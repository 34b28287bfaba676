package com.lepton.caselibrary.content;

import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginCasesChanged;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * All case write-ups, in both languages: the ones packaged with the portal (from the top-level
 * {@code case-studies/} folder) and the ones each plugin bundles, which take precedence for
 * their own case. Parsed once; a malformed write-up is logged and left out.
 */
@Service
public class CaseStudyLibrary {

    private static final Logger log = LoggerFactory.getLogger(CaseStudyLibrary.class);
    private static final List<String> LANGUAGES = List.of("zh", "en");

    private final CaseStudyParser parser;
    private final PluginHost plugins;
    private final Map<String, Map<String, CaseStudyContent>> byId = new ConcurrentHashMap<>();

    public CaseStudyLibrary(CaseStudyParser parser, PluginHost plugins) {
        this.parser = parser;
        this.plugins = plugins;
        reload();
    }

    /** A plugin came or went: its own write-ups come or go with it, before the catalog and index follow. */
    @EventListener
    @Order(0)
    void pluginChanged(PluginCasesChanged change) {
        reload();
    }

    /** Reads all write-ups again, e.g. after plugins changed. */
    public final void reload() {
        Map<String, Map<String, CaseStudyContent>> loaded = new TreeMap<>();
        loadPackaged(loaded);
        for (LoadedCase loadedCase : plugins.cases()) {
            for (String language : LANGUAGES) {
                String path = "case-studies/" + loadedCase.caseId() + "." + language + ".md";
                loadedCase
                        .resource(path)
                        .ifPresent(bytes -> add(
                                loaded, loadedCase.pluginId() + ":" + path, new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        byId.clear();
        byId.putAll(loaded);
    }

    /** The write-up of a case in a language ({@code zh}/{@code en}), falling back to the other language. */
    public Optional<CaseStudyContent> find(String caseId, String language) {
        Map<String, CaseStudyContent> languages = byId.get(caseId);
        if (languages == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                languages.getOrDefault(language, languages.values().iterator().next()));
    }

    /** Every case id with a write-up, and its write-ups by language. */
    public Map<String, Map<String, CaseStudyContent>> all() {
        return Map.copyOf(byId);
    }

    /** Every write-up in one language (or the other where a case has only one). */
    public Collection<CaseStudyContent> allIn(String language) {
        return byId.keySet().stream()
                .map(id -> find(id, language).orElseThrow())
                .toList();
    }

    private void loadPackaged(Map<String, Map<String, CaseStudyContent>> loaded) {
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:case-studies/*.md")) {
                if (resource.getFilename() == null || resource.getFilename().equalsIgnoreCase("README.md")) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    add(loaded, resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            log.error("Cannot read the packaged case studies: {}", e.toString());
        }
    }

    private void add(Map<String, Map<String, CaseStudyContent>> loaded, String source, String markdown) {
        try {
            CaseStudyContent content = parser.parse(markdown);
            loaded.computeIfAbsent(content.id(), id -> new TreeMap<>()).put(content.language(), content);
        } catch (CaseStudyParser.InvalidCaseStudyException e) {
            log.warn("Case study {} left out: {}", source, e.getMessage());
        }
    }
}
