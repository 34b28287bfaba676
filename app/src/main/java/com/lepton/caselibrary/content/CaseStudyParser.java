package com.lepton.caselibrary.content;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.Industry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Reads a write-up's front matter into a {@link CaseStudyContent}, refusing incomplete ones with a reason. */
@Component
@RequiredArgsConstructor
public class CaseStudyParser {

    /** Thrown when a write-up is malformed; the message names the problem. */
    public static class InvalidCaseStudyException extends InvalidDocumentException {
        InvalidCaseStudyException(String message) {
            super(message);
        }
    }

    private final MarkdownRenderer renderer;

    public CaseStudyContent parse(String markdown) throws InvalidCaseStudyException {
        MarkdownRenderer.Rendered rendered = renderer.render(markdown);
        Map<String, List<String>> front = rendered.frontMatter();
        try {
            List<String> pipeline = front.getOrDefault("pipeline", List.of());
            if (pipeline.size() != 7) {
                throw new InvalidCaseStudyException("pipeline must list exactly 7 steps, found " + pipeline.size());
            }
            return new CaseStudyContent(
                    required(front, "id"),
                    required(front, "lang"),
                    Industry.valueOf(required(front, "industry").toUpperCase(Locale.ROOT)),
                    required(front, "title"),
                    required(front, "summary"),
                    AlgorithmFamily.valueOf(required(front, "algorithm").toUpperCase(Locale.ROOT)),
                    DataType.valueOf(required(front, "dataType").toUpperCase(Locale.ROOT)),
                    "live".equalsIgnoreCase(optional(front, "demo")),
                    List.copyOf(front.getOrDefault("tags", List.of())),
                    optional(front, "dataName"),
                    optional(front, "dataOrigin"),
                    optional(front, "dataLicence"),
                    optional(front, "dataUrl"),
                    List.copyOf(pipeline),
                    rendered.html());
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseStudyException("unknown value in front matter: " + e.getMessage());
        }
    }

    private static String required(Map<String, List<String>> front, String key) throws InvalidCaseStudyException {
        String value = optional(front, key);
        if (value.isBlank()) {
            throw new InvalidCaseStudyException("front matter lacks '" + key + "'");
        }
        return value;
    }

    private static String optional(Map<String, List<String>> front, String key) {
        List<String> values = front.get(key);
        return values == null || values.isEmpty() ? "" : values.get(0).strip();
    }
}
