package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.i18n.Messages;
import java.util.Locale;
import java.util.Map;

/**
 * Model cards name their figures in code ({@code macroF1}, {@code recall.coat}, {@code lastVisitLogisticRegression});
 * a reader sees them in words of the page's language: {@code modelcard.metric.NAME} and
 * {@code modelcard.baseline.NAME} where the portal translates them, else the name split at its capitals. A part after
 * the first dot (a class or a group) follows a middle dot: by the name the case gives that class where it gives one,
 * else as written.
 */
public final class MetricNames {

    private MetricNames() {}

    /** A metric's name as the reader sees it, e.g. "Recall · coat" or "召回率 · coat". */
    public static String metric(String key, Locale locale) {
        return metric(key, Map.of(), locale);
    }

    /**
     * A metric's name with its class by the name the case gives it, e.g. "F1 · Anomaly" or "F1 · 异常" for
     * {@code f1.anomaly}.
     *
     * @param classNames each class key's name ({@link com.lepton.caselibrary.demo.ClassNames}); a part after the
     *                   dot that is no key of it (a group, a season) is kept as written
     */
    public static String metric(String key, Map<String, LocalizedText> classNames, Locale locale) {
        return named("modelcard.metric.", key, classNames, locale);
    }

    /** A baseline's name as the reader sees it. */
    public static String baseline(String key, Locale locale) {
        return named("modelcard.baseline.", key, Map.of(), locale);
    }

    /**
     * A baseline's figure on one metric as the reader sees it, e.g. "Naive Bayes: F1 · Spam" or "朴素贝叶斯：F1 · 垃圾" for
     * {@code naiveBayes.f1.spam}; a plain key names the baseline alone.
     */
    public static String baselineMetric(String key, Map<String, LocalizedText> classNames, Locale locale) {
        int dot = key.indexOf('.');
        return dot < 0
                ? baseline(key, locale)
                : Messages.format(
                        "modelcard.baselineOn",
                        locale,
                        baseline(key.substring(0, dot), locale),
                        metric(key.substring(dot + 1), classNames, locale));
    }

    /** The name before the first dot in words; the part after it, a class, by its name where it has one. */
    private static String named(String prefix, String key, Map<String, LocalizedText> classNames, Locale locale) {
        int dot = key.indexOf('.');
        String name = words(prefix, dot < 0 ? key : key.substring(0, dot), locale);
        if (dot < 0) {
            return name;
        }
        String part = key.substring(dot + 1);
        return name + " · "
                + (classNames.containsKey(part) ? classNames.get(part).in(locale) : part);
    }

    private static String words(String prefix, String name, Locale locale) {
        String translated = Messages.format(prefix + name, locale);
        return translated.equals(prefix + name) ? split(name) : translated;
    }

    /** {@code lastVisitLogisticRegression} as "last visit logistic regression", so that it wraps at spaces. */
    static String split(String camelCase) {
        return camelCase
                .replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ")
                .replaceAll("(?<=[A-Za-z])(?=[0-9])", " ")
                .toLowerCase(Locale.ROOT);
    }
}
