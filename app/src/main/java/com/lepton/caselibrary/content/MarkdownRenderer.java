package com.lepton.caselibrary.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a case write-up (Markdown with YAML front matter and TeX formulas) into sanitized HTML.
 *
 * <p>Formulas are lifted out before Markdown parsing, so that {@code _} and {@code *} inside TeX
 * are not read as emphasis, and put back afterwards as escaped text in {@code math-inline} /
 * {@code math-display} spans that KaTeX renders in the browser. Raw HTML in the Markdown is
 * escaped, and the result passes an allow-list sanitizer, so content cannot run script.
 */
@Component
public class MarkdownRenderer {

    private static final Pattern DISPLAY_MATH = Pattern.compile("(?s)\\$\\$(.+?)\\$\\$");
    private static final Pattern INLINE_MATH = Pattern.compile("(?<![\\\\$])\\$([^$\\n]+?)\\$");
    private static final Pattern PLACEHOLDER = Pattern.compile("LEPTONMATH(\\d+)X");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "span", "table", "thead", "tbody", "tr", "th", "td")
                    .allowAttributes("align").onElements("th", "td")
                    .allowUrlProtocols("https", "http")
                    .allowElements("a")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    private final List<Extension> extensions = List.of(YamlFrontMatterExtension.create(), TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();

    /** A parsed document: its front matter and its body as safe HTML. */
    public record Rendered(Map<String, List<String>> frontMatter, String html) {
    }

    public Rendered render(String markdown) {
        List<String> formulas = new ArrayList<>();
        String lifted = lift(DISPLAY_MATH, markdown, formulas, true);
        lifted = lift(INLINE_MATH, lifted, formulas, false);

        Node document = parser.parse(lifted);
        YamlFrontMatterVisitor frontMatter = new YamlFrontMatterVisitor();
        document.accept(frontMatter);
        String safe = POLICY.sanitize(renderer.render(document));
        return new Rendered(frontMatter.getData(), restore(safe, formulas));
    }

    private static String lift(Pattern pattern, String text, List<String> formulas, boolean display) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String tex = matcher.group(1).strip();
            String span = "<span class=\"" + (display ? "math-display" : "math-inline") + "\">" + HtmlUtils.htmlEscape(tex) + "</span>";
            formulas.add(span);
            matcher.appendReplacement(out, Matcher.quoteReplacement("LEPTONMATH" + (formulas.size() - 1) + "X"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String restore(String html, List<String> formulas) {
        Matcher matcher = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            String replacement = index < formulas.size() ? formulas.get(index) : "";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
