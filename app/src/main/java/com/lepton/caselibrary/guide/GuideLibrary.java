package com.lepton.caselibrary.guide;

import com.lepton.caselibrary.content.LanguageVersions;
import com.lepton.caselibrary.content.MarkdownRenderer;
import com.lepton.caselibrary.content.PackagedMarkdown;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The guide's pages in both languages, read once from {@code classpath:guide/*.md} and rendered
 * by the same Markdown renderer and sanitizer as the case write-ups. A malformed page is logged
 * and left out.
 */
@Service
public class GuideLibrary {

    private static final Logger log = LoggerFactory.getLogger(GuideLibrary.class);
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    private final MarkdownRenderer renderer;
    /** Pages by slug, then by language. */
    private final Map<String, Map<String, GuidePage>> pages = new TreeMap<>();

    public GuideLibrary(MarkdownRenderer renderer) {
        this.renderer = renderer;
        load();
    }

    /** The guide's pages in a language, in their order; a page written in one language only shows in it. */
    public List<GuidePage> pages(String language) {
        return pages.keySet().stream()
                .map(slug -> find(slug, language).orElseThrow())
                .sorted(Comparator.comparingInt(GuidePage::order))
                .toList();
    }

    /** A page in a language, falling back to the other language. */
    public Optional<GuidePage> find(String slug, String language) {
        return LanguageVersions.pick(slug == null ? null : pages.get(slug), language);
    }

    /** Parses one page; throws {@link IllegalArgumentException} naming what is wrong. */
    GuidePage parse(String markdown) {
        MarkdownRenderer.Rendered rendered = renderer.render(markdown);
        Map<String, List<String>> front = rendered.frontMatter();
        String slug = required(front, "page");
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("page must be lower-case words joined by dashes: " + slug);
        }
        String language = required(front, "lang");
        if (!language.equals("zh") && !language.equals("en")) {
            throw new IllegalArgumentException("lang must be zh or en: " + language);
        }
        return new GuidePage(
                slug,
                language,
                Integer.parseInt(required(front, "order")),
                required(front, "title"),
                required(front, "summary"),
                List.copyOf(front.getOrDefault("sections", List.of())),
                rendered.html());
    }

    private void load() {
        try {
            PackagedMarkdown.forEach("guide", fileName -> true, (fileName, markdown) -> {
                try {
                    GuidePage page = parse(markdown);
                    pages.computeIfAbsent(page.slug(), slug -> new TreeMap<>()).put(page.language(), page);
                } catch (IllegalArgumentException e) {
                    log.warn("Guide page {} left out: {}", fileName, e.getMessage());
                }
            });
        } catch (IOException e) {
            log.error("Cannot read the guide's pages: {}", e.toString());
        }
    }

    private static String required(Map<String, List<String>> front, String key) {
        List<String> values = front.get(key);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            throw new IllegalArgumentException("front matter lacks '" + key + "'");
        }
        return values.get(0).strip();
    }
}
