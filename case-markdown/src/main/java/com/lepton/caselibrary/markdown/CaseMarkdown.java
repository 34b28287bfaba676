package com.lepton.caselibrary.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns a case write-up (Markdown with YAML front matter and TeX formulas) into sanitized HTML:
 * the portal shows what this returns, and the plugin test kit checks partners' write-ups with it.
 *
 * <p>Formulas are lifted out before Markdown parsing, so that {@code _} and {@code *} inside TeX
 * are not read as emphasis, and put back afterwards as escaped text in {@code math-inline} /
 * {@code math-display} spans that KaTeX renders in the browser. Raw HTML in the Markdown is
 * escaped, and the result passes an allow-list sanitizer, so content cannot run script.
 * Thread-safe.
 */
public final class CaseMarkdown {

    private static final Pattern DISPLAY_MATH = Pattern.compile("(?s)\\$\\$(.+?)\\$\\$");
    private static final Pattern INLINE_MATH = Pattern.compile("(?<![\\\\$])\\$([^$\\n]+?)\\$");
    private static final Pattern PLACEHOLDER = Pattern.compile("LEPTONMATH(\\d+)X");

    /** What a write-up's HTML may contain; everything else is dropped. */
    public static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "span", "table", "thead", "tbody", "tr", "th", "td")
                    .allowAttributes("align")
                    .onElements("th", "td")
                    .allowUrlProtocols("https", "http")
                    .allowElements("a")
                    .allowAttributes("href")
                    .onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    private static final List<Extension> EXTENSIONS =
            List.of(YamlFrontMatterExtension.create(), TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

    private CaseMarkdown() {}

    /**
     * A parsed write-up.
     *
     * @param frontMatter the YAML front matter, each key with its values
     * @param html        the body as safe HTML, formulas in math spans
     * @param rawHtml     raw HTML written in the Markdown, which is shown escaped (as text), never rendered
     * @param discarded   what the sanitizer removed from the Markdown's HTML (elements and attributes)
     */
    public record Rendered(
            Map<String, List<String>> frontMatter, String html, List<String> rawHtml, List<String> discarded) {}

    public static Rendered render(String markdown) {
        List<String> formulas = new ArrayList<>();
        String lifted = lift(DISPLAY_MATH, markdown, formulas, true);
        lifted = lift(INLINE_MATH, lifted, formulas, false);

        Node document = PARSER.parse(lifted);
        YamlFrontMatterVisitor frontMatter = new YamlFrontMatterVisitor();
        document.accept(frontMatter);
        List<String> raw = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                raw.add(block.getLiteral().strip());
            }

            @Override
            public void visit(HtmlInline inline) {
                raw.add(inline.getLiteral().strip());
            }
        });
        List<String> discarded = new ArrayList<>();
        String safe = POLICY.sanitize(
                RENDERER.render(document),
                new HtmlChangeListener<List<String>>() {
                    @Override
                    public void discardedTag(List<String> context, String elementName) {
                        context.add("<" + elementName + ">");
                    }

                    @Override
                    public void discardedAttributes(List<String> context, String tagName, String... attributeNames) {
                        context.add("<" + tagName + "> attributes " + String.join(", ", attributeNames));
                    }
                },
                discarded);
        return new Rendered(frontMatter.getData(), restore(safe, formulas), List.copyOf(raw), List.copyOf(discarded));
    }

    private static String lift(Pattern pattern, String text, List<String> formulas, boolean display) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String tex = matcher.group(1).strip();
            String span =
                    "<span class=\"" + (display ? "math-display" : "math-inline") + "\">" + escape(tex) + "</span>";
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

    /** Escapes the five characters that matter in HTML text and attributes; KaTeX reads the span's text. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
