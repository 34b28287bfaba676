package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.i18n.Messages;
import java.util.Locale;

/**
 * Model cards name their figures in code ({@code macroF1}, {@code recall.coat}, {@code lastVisitLogisticRegression});
 * a reader sees them in words of the page's language: {@code modelcard.metric.NAME} and
 * {@code modelcard.baseline.NAME} where the portal translates them, else the name split at its capitals. A part after
 * the first dot (a class or a group) is kept as written, after a middle dot.
 */
public final class MetricNames {

    private MetricNames() {}

    /** A metric's name as the reader sees it, e.g. "Recall · coat" or "召回率 · coat". */
    public static String metric(String key, Locale locale) {
        return words("modelcard.metric.", key, locale);
    }

    /** A baseline's name as the reader sees it. */
    public static String baseline(String key, Locale locale) {
        return words("modelcard.baseline.", key, locale);
    }

    private static String words(String prefix, String key, Locale locale) {
        int dot = key.indexOf('.');
        String head = dot < 0 ? key : key.substring(0, dot);
        String translated = Messages.format(prefix + head, locale);
        String name = translated.equals(prefix + head) ? split(head) : translated;
        return dot < 0 ? name : name + " · " + key.substring(dot + 1);
    }

    /** {@code lastVisitLogisticRegression} as "last visit logistic regression", so that it wraps at spaces. */
    static String split(String camelCase) {
        return camelCase
                .replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ")
                .replaceAll("(?<=[A-Za-z])(?=[0-9])", " ")
                .toLowerCase(Locale.ROOT);
    }
}
