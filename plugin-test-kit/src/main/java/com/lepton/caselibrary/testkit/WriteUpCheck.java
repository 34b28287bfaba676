package com.lepton.caselibrary.testkit;

import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.markdown.CaseMarkdown;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The case's write-ups {@code case-studies/ID.zh.md} and {@code ID.en.md} in the jar: present,
 * UTF-8, front matter as the portal's {@code CaseStudyParser} requires it (a write-up failing
 * there is left out of the portal), rendered with the portal's own {@link CaseMarkdown}, and
 * nothing of it lost to the sanitizer.
 */
final class WriteUpCheck {

    static final List<String> LANGUAGES = List.of("zh", "en");
    /** The keys {@code CaseStudyParser} refuses a write-up without. */
    private static final List<String> REQUIRED =
            List.of("id", "lang", "industry", "title", "summary", "algorithm", "dataType");
    /** The seven steps from data collection to business application. */
    private static final int PIPELINE_STEPS = 7;

    private WriteUpCheck() {}

    static Check check(CaseDescriptor descriptor, PluginJar jar) throws IOException {
        Check.Builder check = new Check.Builder("case " + descriptor.id() + ": write-ups in zh and en");
        for (String language : LANGUAGES) {
            String path = "case-studies/" + descriptor.id() + "." + language + ".md";
            Optional<byte[]> bytes = jar.read(path);
            if (bytes.isEmpty()) {
                check.problem(path + " is missing from the jar (the write-up in "
                        + (language.equals("zh") ? "Chinese" : "English") + ")");
                continue;
            }
            String markdown;
            try {
                markdown = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(ByteBuffer.wrap(bytes.get()))
                        .toString();
            } catch (CharacterCodingException e) {
                check.problem(path + " is not UTF-8");
                continue;
            }
            CaseMarkdown.Rendered rendered = CaseMarkdown.render(markdown);
            frontMatter(check, path, language, descriptor, rendered.frontMatter());
            check.problemIf(rendered.html().isBlank(), path + " has no body after its front matter");
            for (String raw : rendered.rawHtml()) {
                check.problem(path + ": raw HTML is shown as text, never rendered: " + abbreviate(raw)
                        + " (write Markdown instead)");
            }
            for (String dropped : rendered.discarded()) {
                // A code block's language class is harmless to drop; anything else is content the visitor would not
                // see.
                if (!dropped.equals("<code> attributes class")) {
                    check.problem(path + ": the portal's sanitizer removes " + dropped
                            + " (allowed: text formatting, headings, lists, tables, code, http(s) links)");
                }
            }
        }
        return check.build();
    }

    private static void frontMatter(
            Check.Builder check,
            String path,
            String language,
            CaseDescriptor descriptor,
            Map<String, List<String>> front) {
        for (String key : REQUIRED) {
            check.problemIf(value(front, key).isBlank(), path + ": front matter lacks '" + key + "'");
        }
        String id = value(front, "id");
        check.problemIf(
                !id.isBlank() && !id.equals(descriptor.id()),
                path + ": front matter id '" + id + "' is not the case id '" + descriptor.id() + "'");
        String lang = value(front, "lang");
        check.problemIf(
                !lang.isBlank() && !lang.equals(language),
                path + ": front matter lang '" + lang + "' should be '" + language + "'");
        same(
                check,
                path,
                "industry",
                value(front, "industry"),
                descriptor.industry().name());
        same(
                check,
                path,
                "algorithm",
                value(front, "algorithm"),
                descriptor.algorithm().name());
        same(
                check,
                path,
                "dataType",
                value(front, "dataType"),
                descriptor.dataType().name());
        int steps = front.getOrDefault("pipeline", List.of()).size();
        check.problemIf(
                steps != PIPELINE_STEPS,
                path + ": front matter 'pipeline' must list exactly " + PIPELINE_STEPS
                        + " steps (data collection to business application), found " + steps);
    }

    private static void same(Check.Builder check, String path, String key, String written, String descriptorValue) {
        check.problemIf(
                !written.isBlank() && !written.toUpperCase(Locale.ROOT).equals(descriptorValue),
                path + ": front matter " + key + " '" + written + "' differs from the descriptor's "
                        + descriptorValue.toLowerCase(Locale.ROOT));
    }

    private static String value(Map<String, List<String>> front, String key) {
        List<String> values = front.get(key);
        return values == null || values.isEmpty() ? "" : values.get(0).strip();
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}
