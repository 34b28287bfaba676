package com.lepton.caselibrary.solution;

import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginCasesChanged;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Every solution in both languages: the portal's own ({@code case-studies/solutions/}, packaged
 * under {@code solutions/}) and those that live plugins contribute ({@link
 * com.lepton.caselibrary.api.CaseStudyPlugin#solutions()}). A malformed one is logged and left out.
 */
@Service
public class SolutionLibrary {

    private static final Logger log = LoggerFactory.getLogger(SolutionLibrary.class);
    private static final List<String> LANGUAGES = List.of("zh", "en");

    private final SolutionParser parser;
    private final PluginHost plugins;
    private volatile Map<String, Map<String, Solution>> byId = Map.of();

    SolutionLibrary(SolutionParser parser, PluginHost plugins) {
        this.parser = parser;
        this.plugins = plugins;
        reload();
    }

    @EventListener
    @Order(0)
    void pluginChanged(PluginCasesChanged change) {
        reload();
    }

    final void reload() {
        Map<String, Map<String, Solution>> loaded = new TreeMap<>();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:solutions/*.md")) {
                if (String.valueOf(resource.getFilename()).matches(".*\\.(zh|en)\\.md")) {
                    try (InputStream in = resource.getInputStream()) {
                        add(loaded, resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            log.error("Cannot read the packaged solutions: {}", e.toString());
        }
        for (LoadedCase loadedCase : plugins.cases()) {
            for (String id : loadedCase.plugin().solutions()) {
                for (String language : LANGUAGES) {
                    String path = "solutions/" + id + "." + language + ".md";
                    loadedCase
                            .resource(path)
                            .ifPresent(bytes -> add(
                                    loaded,
                                    loadedCase.pluginId() + ":" + path,
                                    new String(bytes, StandardCharsets.UTF_8)));
                }
            }
        }
        byId = Map.copyOf(loaded);
    }

    /** Every solution in a language (or the other where it has only one), by industry then title. */
    public List<Solution> all(String language) {
        return byId.keySet().stream()
                .map(id -> find(id, language).orElseThrow())
                .sorted(Comparator.comparing(Solution::industry).thenComparing(Solution::title))
                .toList();
    }

    public Optional<Solution> find(String id, String language) {
        Map<String, Solution> languages = id == null ? null : byId.get(id);
        if (languages == null) {
            return Optional.empty();
        }
        return Optional.of(
                languages.getOrDefault(language, languages.values().iterator().next()));
    }

    /** The solutions a case demonstrates. */
    public List<Solution> forCase(String caseId, String language) {
        return all(language).stream().filter(s -> s.cases().contains(caseId)).toList();
    }

    private void add(Map<String, Map<String, Solution>> loaded, String source, String markdown) {
        try {
            Solution solution = parser.parse(markdown);
            loaded.computeIfAbsent(solution.id(), id -> new TreeMap<>()).put(solution.language(), solution);
        } catch (SolutionParser.InvalidSolutionException | RuntimeException e) {
            log.warn("Solution {} left out: {}", source, e.getMessage());
        }
    }
}
