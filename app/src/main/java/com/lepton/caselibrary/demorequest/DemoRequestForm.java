package com.lepton.caselibrary.demorequest;

import com.lepton.caselibrary.demorequest.DemoRequestException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a visitor typed into "request a demo", and the page they sent it from. {@link #validated()} strips
 * the texts and refuses what cannot be stored, naming every field at fault at once: empty or over-long fields,
 * control characters, a contact that is neither an e-mail address nor a telephone number. Markup is not
 * refused: it is kept as typed and only ever shown as text.
 */
public record DemoRequestForm(
        String name, String organisation, String contact, String message, String page, String language) {

    public static final int MAX_NAME = 100;
    public static final int MAX_ORGANISATION = 150;
    public static final int MAX_CONTACT = 200;
    public static final int MAX_MESSAGE = 2000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{5,29}");
    private static final Pattern PAGE = Pattern.compile("/(cases|solutions)/[a-z0-9][a-z0-9-]{0,63}");
    /**
     * Control characters other than line breaks and tabs (those are allowed in the message only), and the
     * bidirectional overrides that make a text read differently from what it is.
     */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u202A-\\u202E\\u2066-\\u2069]");

    /** The same form with its texts stripped, or a refusal naming every field at fault and why. */
    public DemoRequestForm validated() {
        List<Problem> problems = new ArrayList<>();
        String cleanName = singleLine("name", name, MAX_NAME, problems);
        String cleanOrganisation = singleLine("organisation", organisation, MAX_ORGANISATION, problems);
        String cleanContact = singleLine("contact", contact, MAX_CONTACT, problems);
        if (cleanContact != null
                && !EMAIL.matcher(cleanContact).matches()
                && !PHONE.matcher(cleanContact).matches()) {
            problems.add(new Problem("contact", "request.error.contact"));
        }
        String cleanMessage = text("message", message, MAX_MESSAGE, problems);
        if (cleanMessage != null && CONTROL.matcher(cleanMessage).find()) {
            problems.add(new Problem("message", "request.error.control"));
        }
        if (page == null || !PAGE.matcher(page).matches()) {
            problems.add(new Problem(null, "request.error.page"));
        }
        if (!problems.isEmpty()) {
            throw new DemoRequestException(problems);
        }
        String cleanLanguage = "zh".equals(language) ? "zh" : "en";
        return new DemoRequestForm(cleanName, cleanOrganisation, cleanContact, cleanMessage, page, cleanLanguage);
    }

    /** The stripped text of a one-line field, or null when it has a problem (added to {@code problems}). */
    private static String singleLine(String field, String value, int max, List<Problem> problems) {
        String clean = text(field, value, max, problems);
        if (clean != null
                && (CONTROL.matcher(clean).find()
                        || clean.contains("\n")
                        || clean.contains("\r")
                        || clean.contains("\t"))) {
            problems.add(new Problem(field, "request.error.control"));
            return null;
        }
        return clean;
    }

    /** The stripped text, or null when it is empty or too long (added to {@code problems}). */
    private static String text(String field, String value, int max, List<Problem> problems) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            problems.add(new Problem(field, "request.error.required"));
            return null;
        }
        if (clean.length() > max) {
            problems.add(new Problem(field, "request.error.toolong", max));
            return null;
        }
        return clean;
    }
}
