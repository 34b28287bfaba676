package com.lepton.caselibrary.guide;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.casepage.MetricNames;
import com.lepton.caselibrary.casepage.ModelCardReader;
import com.lepton.caselibrary.catalog.CaseEntry;
import com.lepton.caselibrary.catalog.CatalogService;
import com.lepton.caselibrary.content.CaseStudyLibrary;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.i18n.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fills the guide's inserts, paragraphs such as {@code [[cases:LSTM]]} in its Markdown, with what
 * the portal holds now: the cases of each model family, each industry's cases, the pipeline diagram,
 * every case's own step of the pipeline, a model card's figures. Typed-in lists would go stale as
 * plugins come and go; these cannot.
 */
@Component
@RequiredArgsConstructor
public class GuideInserts {

    private static final Logger log = LoggerFactory.getLogger(GuideInserts.class);
    private static final Pattern INSERT = Pattern.compile("<p>\\[\\[([a-z-]+)(?::([A-Za-z0-9-]+))?\\]\\]</p>");

    private final CatalogService catalog;
    private final CaseStudyLibrary library;
    private final DemoService demos;
    private final ModelCardReader modelCards;

    /** The page's HTML with every insert replaced; an unknown insert is dropped and logged. */
    public String expand(String html, Locale locale) {
        Matcher matcher = INSERT.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String argument = matcher.group(2) == null ? "" : matcher.group(2);
            matcher.appendReplacement(out, Matcher.quoteReplacement(insert(matcher.group(1), argument, locale)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String insert(String name, String argument, Locale locale) {
        try {
            return switch (name) {
                case "cases" -> CaseLinks.html(casesUsing(AlgorithmFamily.valueOf(argument), locale), labels(locale));
                case "industries" -> industries(locale);
                case "pipeline" ->
                    PipelineSvg.render(
                            text("guide.pipeline.diagram", locale), stepNames(locale), "guide/pipeline#step-%d");
                case "step" -> stepHeading(Integer.parseInt(argument), locale);
                case "pipeline-step" ->
                    CaseLinks.html(pipelineStep(Integer.parseInt(argument), locale), labels(locale));
                case "model-card" -> modelCard(argument, locale);
                default -> throw new IllegalArgumentException("unknown insert");
            };
        } catch (IllegalArgumentException e) {
            log.warn("Guide insert [[{}:{}]] left out: {}", name, argument, e.getMessage());
            return "";
        }
    }

    /** Every case in the catalog that uses the model family, live ones first. */
    List<CaseLinks.CaseLink> casesUsing(AlgorithmFamily algorithm, Locale locale) {
        return CaseLinks.using(allCases(locale), algorithm);
    }

    /** Straight from the catalogue (not through search, whose index may lag): live cases first, then by id. */
    private List<CaseLinks.CaseLink> allCases(Locale locale) {
        return catalog.byIndustry().values().stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparing(CaseEntry::isLiveDemo).reversed().thenComparing(CaseEntry::getId))
                .map(entry -> link(entry, locale, ""))
                .toList();
    }

    private static CaseLinks.CaseLink link(CaseEntry entry, Locale locale, String detail) {
        return new CaseLinks.CaseLink(
                entry.getId(), entry.getTitle().in(locale), entry.getAlgorithm(), entry.isLiveDemo(), detail);
    }

    private String industries(Locale locale) {
        StringBuilder html = new StringBuilder();
        for (Map.Entry<Industry, List<CaseEntry>> industry :
                catalog.byIndustry().entrySet()) {
            html.append("<h3>")
                    .append(htmlEscape(text("industry." + industry.getKey().name(), locale)))
                    .append("</h3>")
                    .append(CaseLinks.html(
                            industry.getValue().stream()
                                    .map(entry -> link(entry, locale, ""))
                                    .toList(),
                            labels(locale)));
        }
        return html.toString();
    }

    /** A step's heading, the target of the diagram's link to it. */
    private static String stepHeading(int step, Locale locale) {
        if (step < 1 || step > 7) {
            throw new IllegalArgumentException("step " + step);
        }
        return "<h2 id=\"step-" + step + "\">" + step + " · " + htmlEscape(text("pipeline." + step, locale)) + "</h2>";
    }

    /** What each case with a write-up does at one step of the pipeline, in its own words. */
    private List<CaseLinks.CaseLink> pipelineStep(int step, Locale locale) {
        if (step < 1 || step > 7) {
            throw new IllegalArgumentException("step " + step);
        }
        return library.allIn(Languages.code(locale)).stream()
                .filter(content -> catalog.find(content.id()).isPresent())
                .map(content -> new CaseLinks.CaseLink(
                        content.id(),
                        content.title(),
                        content.algorithm(),
                        catalog.find(content.id()).map(CaseEntry::isLiveDemo).orElse(false),
                        content.pipeline().get(step - 1)))
                .toList();
    }

    /** The figures on a live case's model card: test accuracy against its best baseline, and how it was trained. */
    private String modelCard(String caseId, Locale locale) {
        Optional<ModelCard> card = demos.liveCase(caseId).flatMap(modelCards::read);
        String title =
                catalog.find(caseId).map(entry -> entry.getTitle().in(locale)).orElse(caseId);
        if (card.isEmpty() || !card.get().metrics().containsKey("accuracy")) {
            return "<p class=\"guide-card-missing\">" + htmlEscape(text("guide.card.missing", locale, title)) + "</p>";
        }
        ModelCard found = card.get();
        String baseline = found.baselines().entrySet().stream()
                .filter(entry -> !entry.getKey().equals("majorityClass"))
                .max(Map.Entry.comparingByValue())
                .map(entry -> String.format(
                        Locale.ROOT,
                        "%s %.1f %%",
                        // the cards name baselines in camel case; the reader sees them in the page's language
                        MetricNames.baseline(entry.getKey(), locale),
                        entry.getValue() * 100))
                .orElse("–");
        return "<table class=\"guide-card\" id=\"card-" + htmlEscape(caseId) + "\"><tbody>"
                + row(
                        text("guide.card.case", locale),
                        "<a href=\"cases/" + htmlEscape(caseId) + "\">" + htmlEscape(title) + "</a>")
                + row(text("guide.card.data", locale), htmlEscape(found.dataset(locale)))
                + row(
                        text("guide.card.accuracy", locale),
                        "<strong>"
                                + String.format(
                                        Locale.ROOT, "%.2f %%", found.metrics().get("accuracy") * 100) + "</strong>")
                + row(text("guide.card.baseline", locale), htmlEscape(baseline))
                + row(
                        text("guide.card.training", locale),
                        htmlEscape(text(
                                "guide.card.training.value",
                                locale,
                                found.epochs(),
                                found.trainingSeconds(),
                                found.trainedOn(locale),
                                found.seed())))
                + "</tbody></table>";
    }

    private static String row(String name, String valueHtml) {
        return "<tr><th scope=\"row\">" + htmlEscape(name) + "</th><td>" + valueHtml + "</td></tr>";
    }

    private static List<String> stepNames(Locale locale) {
        return IntStream.rangeClosed(1, 7)
                .mapToObj(step -> text("pipeline." + step, locale))
                .toList();
    }

    private static CaseLinks.Labels labels(Locale locale) {
        return new CaseLinks.Labels(
                text("card.live", locale), text("card.read", locale), text("guide.cases.none", locale));
    }

    private static String text(String key, Locale locale, Object... args) {
        return Messages.format(key, locale, args);
    }
}
