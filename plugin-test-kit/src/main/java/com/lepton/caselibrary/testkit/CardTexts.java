package com.lepton.caselibrary.testkit;

import com.lepton.caselibrary.api.ModelCard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The card's dataset texts, which the portal shows beside the figures in both languages. People read them, so they
 * name figures in words ("linear AR"), not by the keys of the card's metrics ({@code linearAr}) or by a key
 * template ({@code auroc.CLASS}, {@code weatherLstm.*}).
 */
final class CardTexts {

    /** A key template as code writes one: a key, a dot, then a placeholder in capitals or a star. */
    private static final Pattern KEY_TEMPLATE = Pattern.compile("\\b[a-z][A-Za-z0-9]*\\.(?:[A-Z]+\\b|\\*)");

    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][A-Z]");

    private CardTexts() {}

    static void check(Check.Builder check, ModelCard card) {
        check.problemIf(card.dataset().isBlank(), "the card's dataset (data and split) is blank");
        ModelCard.Texts chinese = card.translations().get(ModelCard.CHINESE);
        check.problemIf(
                chinese == null
                        || chinese.dataset() == null
                        || chinese.dataset().isBlank(),
                "the card has no Chinese dataset text: the portal shows it to zh-CN readers too; give it with"
                        + " ModelCard.withTranslation(ModelCard.CHINESE, ...) (translations.zh-CN.dataset in the JSON)");
        List<String> texts = new ArrayList<>(List.of(card.dataset()));
        if (chinese != null && chinese.dataset() != null) {
            texts.add(chinese.dataset());
        }
        for (String text : texts) {
            codeName(text, card.metrics().keySet())
                    .ifPresent(name -> check.problem("the card's dataset text names a figure by its key '" + name
                            + "': readers see this text, so name the figure in words in both languages"));
        }
    }

    /** The first metric key, camel-cased part of one, or key template that the text holds as a word. */
    static Optional<String> codeName(String text, Collection<String> metricKeys) {
        var template = KEY_TEMPLATE.matcher(text);
        if (template.find()) {
            return Optional.of(template.group());
        }
        return metricKeys.stream()
                .flatMap(CardTexts::names)
                .filter(name -> Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?![\\w])")
                        .matcher(text)
                        .find())
                .findFirst();
    }

    /** A key's names as code writes them: the whole key where it has parts, and each camel-cased part. */
    private static Stream<String> names(String key) {
        Stream<String> camelCased = Arrays.stream(key.split("\\."))
                .filter(part -> CAMEL_CASE.matcher(part).find());
        return key.contains(".") ? Stream.concat(Stream.of(key), camelCased) : camelCased;
    }
}
