package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.i18n.Messages;
import com.lepton.caselibrary.inference.InferenceException;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Why a demo run or an explanation was refused. The {@link Reason} is what callers branch on (the page's message,
 * the API's status and {@code Retry-After}); the message key and arguments only word it for the visitor.
 *
 * @param reason        what went wrong, for callers to act on
 * @param messageKey    translation key of the visitor's message
 * @param messageArgs   arguments of that message
 * @param pluginMessage a refusal worded by the plugin (both languages), or {@code null}
 */
public record Refusal(Reason reason, String messageKey, Object[] messageArgs, LocalizedText pluginMessage) {

    /** What went wrong. */
    public enum Reason {
        /** The visitor's quota of runs is spent for now; retry after the given seconds. */
        RATE_LIMITED,
        /** The model's queue or the portal's run cap is full; retry after the given seconds. */
        BUSY,
        /** The model did not answer in time. */
        TIMEOUT,
        /** The model is not loaded. */
        UNAVAILABLE,
        /** The case's plugin was disabled or replaced while the visitor was on the page. */
        WITHDRAWN,
        /** The visitor's input cannot be run (not a number, not an image, empty, ...). */
        BAD_INPUT,
        /** The visitor's input is over a size limit. */
        TOO_LARGE,
        /** The plugin refused the input in its own words. */
        REFUSED_BY_PLUGIN,
        /** The case offers no such thing (e.g. no explanation for a forecast). */
        UNSUPPORTED,
        /** Anything else: a fault of the portal or the model. */
        FAILED
    }

    public Refusal {
        messageArgs = messageArgs.clone();
    }

    public static Refusal of(Reason reason, String messageKey, Object... args) {
        return new Refusal(reason, messageKey, args, null);
    }

    static Refusal failed() {
        return of(Reason.FAILED, "demo.error.failed");
    }

    static Refusal byPlugin(LocalizedText message) {
        return new Refusal(Reason.REFUSED_BY_PLUGIN, "demo.error.failed", new Object[0], message);
    }

    static Refusal of(DemoInputException refused) {
        return of(refused.reason(), refused.messageKey(), refused.arguments());
    }

    /** A failure of the pool, except a plugin's own refusal of the input (callers handle that first). */
    static Refusal of(InferenceException failure) {
        return switch (failure.kind()) {
            case BUSY -> of(Reason.BUSY, "demo.error.busy", failure.retryAfterSeconds());
            case TIMEOUT -> of(Reason.TIMEOUT, "demo.error.timeout");
            case UNAVAILABLE -> of(Reason.UNAVAILABLE, "demo.error.unavailable");
            default -> failed();
        };
    }

    @Override
    public Object[] messageArgs() {
        return messageArgs.clone();
    }

    /** Seconds after which a retry may succeed: for {@link Reason#BUSY} and {@link Reason#RATE_LIMITED} only. */
    public OptionalInt retryAfterSeconds() {
        boolean retryable = reason == Reason.BUSY || reason == Reason.RATE_LIMITED;
        return retryable && messageArgs.length > 0 && messageArgs[0] instanceof Integer seconds
                ? OptionalInt.of(seconds)
                : OptionalInt.empty();
    }

    /** What the visitor reads: the plugin's own words, or the portal's message for the key. */
    public String message(Locale locale) {
        return pluginMessage != null
                ? pluginMessage.in(Languages.normalize(locale))
                : Messages.format(messageKey, locale, messageArgs);
    }
}
