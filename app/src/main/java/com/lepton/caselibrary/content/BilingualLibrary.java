package com.lepton.caselibrary.content;

import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginCasesChanged;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

/**
 * Markdown documents in both languages, by id: the ones packaged with the portal under a classpath folder and the
 * ones live plugins bundle in the same folder ({@code folder/id.zh.md}, {@code folder/id.en.md}), read again
 * whenever the live plugins change. A malformed document is logged and left out. The write-ups and the solutions
 * are both kept this way.
 *
 * @param <T> the parsed document
 */
public abstract class BilingualLibrary<T extends BilingualDocument> {

    private static final List<String> LANGUAGES = List.of("zh", "en");

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final PluginHost plugins;
    private final String folder;
    private final String kind;
    private volatile Map<String, Map<String, T>> byId = Map.of();

    /**
     * @param folder the classpath folder of the packaged documents, and the folder in a plugin's jar
     * @param kind what one document is called in the log, e.g. {@code Solution}
     */
    protected BilingualLibrary(PluginHost plugins, String folder, String kind) {
        this.plugins = plugins;
        this.folder = folder;
        this.kind = kind;
    }

    /** Parses one document. */
    protected abstract T parse(String markdown) throws InvalidDocumentException;

    /** Whether a file of the packaged folder is a document (the folder may hold others, e.g. a README). */
    protected abstract boolean isDocument(String fileName);

    /** The ids of the documents a live plugin may bundle. */
    protected abstract Collection<String> bundledIds(LoadedCase loadedCase);

    /**
     * A plugin came or went: its own documents come or go with it, before the catalog and index follow. (Spring
     * finds this inherited listener; Spring Modulith's generated module documentation does not list it.)
     */
    @EventListener
    @Order(0)
    public void pluginChanged(PluginCasesChanged change) {
        reload();
    }

    /** Reads all documents again; a library calls it once it is made, and on every change of the plugins. */
    public final void reload() {
        Map<String, Map<String, T>> loaded = new TreeMap<>();
        try {
            PackagedMarkdown.forEach(folder, this::isDocument, (fileName, markdown) -> add(loaded, fileName, markdown));
        } catch (IOException e) {
            log.error("Cannot read the packaged {} folder: {}", folder, e.toString());
        }
        for (LoadedCase loadedCase : plugins.cases()) {
            for (String id : bundledIds(loadedCase)) {
                for (String language : LANGUAGES) {
                    String path = folder + "/" + id + "." + language + ".md";
                    loadedCase
                            .resource(path)
                            .ifPresent(bytes -> add(
                                    loaded,
                                    loadedCase.pluginId() + ":" + path,
                                    new String(bytes, StandardCharsets.UTF_8)));
                }
            }
        }
        byId = Collections.unmodifiableMap(new ConcurrentHashMap<>(loaded));
    }

    /** The document with that id in a language ({@code zh}/{@code en}), falling back to the other language. */
    public Optional<T> find(String id, String language) {
        return LanguageVersions.pick(id == null ? null : byId.get(id), language);
    }

    /** Every document in one language (or the other where it has only one), in no particular order. */
    public List<T> allIn(String language) {
        return byId.keySet().stream()
                .map(id -> find(id, language).orElseThrow())
                .toList();
    }

    /** Every id with a document, and its documents by language (unmodifiable). */
    protected Map<String, Map<String, T>> byId() {
        return byId;
    }

    private void add(Map<String, Map<String, T>> loaded, String source, String markdown) {
        try {
            T document = parse(markdown);
            loaded.computeIfAbsent(document.id(), id -> new TreeMap<>()).put(document.language(), document);
        } catch (InvalidDocumentException e) {
            log.warn("{} {} left out: {}", kind, source, e.getMessage());
        }
    }
}
