package com.lepton.caselibrary.solution;

import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.content.InvalidDocumentException;
import com.lepton.caselibrary.content.MarkdownRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Reads a solution's front matter and body, refusing an incomplete one with the reason. */
@Component
@RequiredArgsConstructor
class SolutionParser {

    static class InvalidSolutionException extends InvalidDocumentException {
        InvalidSolutionException(String message) {
            super(message);
        }
    }

    private static final String ID = "[a-z0-9][a-z0-9-]{1,63}";

    private final MarkdownRenderer renderer;

    Solution parse(String markdown) throws InvalidSolutionException {
        MarkdownRenderer.Rendered rendered = renderer.render(markdown);
        Map<String, List<String>> front = rendered.frontMatter();
        String id = one(front, "id");
        if (!id.matches(ID)) {
            throw new InvalidSolutionException("id must be lower-case letters, digits and dashes: " + id);
        }
        List<String> cases = list(front, "cases", 1);
        if (!cases.stream().allMatch(caseId -> caseId.matches(ID))) {
            throw new InvalidSolutionException("a case id is malformed in " + cases);
        }
        List<String> pipeline = list(front, "pipeline", 7);
        if (pipeline.size() != 7) {
            throw new InvalidSolutionException("pipeline must list exactly 7 steps, found " + pipeline.size());
        }
        int peakLoad;
        try {
            peakLoad = Integer.parseInt(one(front, "peakLoad"));
        } catch (NumberFormatException e) {
            throw new InvalidSolutionException("peakLoad must be a whole number of requests per second");
        }
        if (peakLoad < 1 || peakLoad > 1_000_000) {
            throw new InvalidSolutionException("peakLoad must be between 1 and 1,000,000");
        }
        try {
            return new Solution(
                    id,
                    one(front, "lang"),
                    Industry.valueOf(one(front, "industry").toUpperCase(Locale.ROOT)),
                    one(front, "title"),
                    one(front, "summary"),
                    cases,
                    pipeline,
                    list(front, "dataNeeds", 1),
                    list(front, "risks", 1),
                    peakLoad,
                    rendered.html());
        } catch (IllegalArgumentException e) {
            throw new InvalidSolutionException("unknown industry: " + e.getMessage());
        }
    }

    private static String one(Map<String, List<String>> front, String key) throws InvalidSolutionException {
        List<String> values = front.get(key);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            throw new InvalidSolutionException("front matter lacks '" + key + "'");
        }
        return values.getFirst().strip();
    }

    private static List<String> list(Map<String, List<String>> front, String key, int atLeast)
            throws InvalidSolutionException {
        List<String> values = front.getOrDefault(key, List.of()).stream()
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
        if (values.size() < atLeast) {
            throw new InvalidSolutionException("front matter needs at least " + atLeast + " '" + key + "'");
        }
        return values;
    }
}
