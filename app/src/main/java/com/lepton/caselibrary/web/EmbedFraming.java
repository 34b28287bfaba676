package com.lepton.caselibrary.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which other sites may show the portal's embeddable demos ({@code /embed/cases/ID}) in a frame: the origins
 * of {@code lepton.embed.frame-ancestors} (comma-separated, e.g. {@code https://partner.example.com}),
 * none by default. Every other page may be framed only by the portal itself. An origin is checked at
 * start, so a typo or an injected directive ({@code ;}) stops the portal rather than loosening the policy.
 */
@Component
public class EmbedFraming {

    /** The paths of the embeddable pages. */
    public static final String EMBED_PATHS = "/embed/cases/*";

    /** scheme://host[:port], the host may start with "*." and the port may be "*" (CSP source expressions). */
    private static final Pattern ORIGIN = Pattern.compile(
            "https?://((\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*|\\[[0-9A-Fa-f:.]+])(:(\\d{1,5}|\\*))?");

    private final List<String> origins;

    public EmbedFraming(@Value("${lepton.embed.frame-ancestors:}") String configured) {
        this.origins = parse(configured);
    }

    static List<String> parse(String configured) {
        List<String> origins = new ArrayList<>();
        if (configured == null) {
            return origins;
        }
        for (String part : configured.split(",")) {
            String origin = part.strip();
            if (origin.endsWith("/")) {
                origin = origin.substring(0, origin.length() - 1);
            }
            if (origin.isEmpty()) {
                continue;
            }
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalStateException("lepton.embed.frame-ancestors: not an origin (scheme://host[:port]): "
                        + origin.replaceAll("[^\\x20-\\x7e]", "?"));
            }
            origins.add(origin);
        }
        return List.copyOf(origins);
    }

    /** The origins allowed besides the portal itself; empty when none are configured. */
    public List<String> origins() {
        return origins;
    }

    /** The {@code frame-ancestors} directive for the embeddable pages. */
    public String embedDirective() {
        return origins.isEmpty() ? "frame-ancestors 'self'" : "frame-ancestors 'self' " + String.join(" ", origins);
    }
}
