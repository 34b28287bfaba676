package com.lepton.caselibrary.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The portal's translations outside a Vaadin UI, for the REST API: the same bundles the views use. */
public final class Messages {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Messages() {}

    /** The message for {@code key} in the portal language closest to {@code locale}, with its arguments filled in. */
    public static String format(String key, Locale locale, Object... args) {
        Locale language = Languages.normalize(locale);
        try {
            String pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            language,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** An RFC 9457 problem answer ({@code application/problem+json}) whose detail is the translated message. */
    public static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, Locale locale, String key, Object... arguments) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, format(key, locale, arguments)));
    }
}
