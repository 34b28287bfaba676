package com.lepton.caselibrary.guide;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import java.util.Locale;

/**
 * The seed's seven-step pipeline (its §2.2 Mermaid graph) drawn on the server as SVG: one box
 * per step, arrows between them, each box a link to the page's section on how the cases do
 * that step. No client library is needed and the diagram prints.
 */
final class PipelineSvg {

    private static final int BOX_WIDTH = 132;
    private static final int GAP = 22;
    private static final int LEFT = 12;
    private static final int TOP = 14;
    private static final int BOX_HEIGHT = 86;

    private PipelineSvg() {}

    /**
     * The diagram.
     *
     * @param title     the diagram's accessible title
     * @param stepNames the seven step names, in order
     * @param href      where step {@code n} links, with {@code %d} for the step number
     */
    static String render(String title, List<String> stepNames, String href) {
        int width = LEFT * 2 + stepNames.size() * BOX_WIDTH + (stepNames.size() - 1) * GAP;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg id=\"pipeline-diagram\" class=\"guide-diagram\" viewBox=\"0 0 %d %d\" aria-labelledby=\"pipeline-diagram-title\" xmlns=\"http://www.w3.org/2000/svg\">",
                width,
                TOP * 2 + BOX_HEIGHT));
        svg.append("<title id=\"pipeline-diagram-title\">")
                .append(htmlEscape(title))
                .append("</title>")
                .append("<defs><marker id=\"pipeline-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\""
                        + " markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
                        + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#0a4f94\"/></marker></defs>");
        for (int i = 0; i < stepNames.size(); i++) {
            int x = LEFT + i * (BOX_WIDTH + GAP);
            int step = i + 1;
            if (i > 0) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0a4f94\" stroke-width=\"2\" marker-end=\"url(#pipeline-arrow)\"/>",
                        x - GAP + 1,
                        TOP + BOX_HEIGHT / 2,
                        x - 2,
                        TOP + BOX_HEIGHT / 2));
            }
            svg.append(String.format(
                            Locale.ROOT, "<a href=\"%s\" class=\"pipeline-link\">", htmlEscape(href.formatted(step))))
                    .append(String.format(
                            Locale.ROOT,
                            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"10\" fill=\"#e8f1fb\" stroke=\"#0a4f94\" stroke-width=\"1.5\"/>",
                            x,
                            TOP,
                            BOX_WIDTH,
                            BOX_HEIGHT))
                    .append(String.format(
                            Locale.ROOT,
                            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"700\" fill=\"#0a4f94\">%d</text>",
                            x + BOX_WIDTH / 2,
                            TOP + 24,
                            step));
            List<String> lines = wrap(stepNames.get(i));
            for (int line = 0; line < lines.size(); line++) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"16\" fill=\"#0b2545\">%s</text>",
                        x + BOX_WIDTH / 2,
                        TOP + (lines.size() == 1 ? 56 : 49) + line * 20,
                        htmlEscape(lines.get(line))));
            }
            svg.append("</a>");
        }
        return svg.append("</svg>").toString();
    }

    /** A long name on two lines, split at the space nearest its middle. */
    static List<String> wrap(String name) {
        if (name.length() <= 13 || name.indexOf(' ') < 0) {
            return List.of(name);
        }
        int middle = name.length() / 2;
        int best = -1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return List.of(name.substring(0, best), name.substring(best + 1));
    }
}
