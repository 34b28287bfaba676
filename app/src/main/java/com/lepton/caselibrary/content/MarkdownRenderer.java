package com.lepton.caselibrary.content;

import com.lepton.caselibrary.markdown.CaseMarkdown;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns a case write-up (Markdown with YAML front matter and TeX formulas) into sanitized HTML.
 * The rules and the sanitizer policy live in {@link CaseMarkdown} (module {@code case-markdown}),
 * shared with the plugin test kit so partners' write-ups are checked exactly as the portal renders them.
 */
@Component
public class MarkdownRenderer {

    /** A parsed document: its front matter and its body as safe HTML. */
    public record Rendered(Map<String, List<String>> frontMatter, String html) {}

    public Rendered render(String markdown) {
        CaseMarkdown.Rendered rendered = CaseMarkdown.render(markdown);
        return new Rendered(rendered.frontMatter(), rendered.html());
    }
}
