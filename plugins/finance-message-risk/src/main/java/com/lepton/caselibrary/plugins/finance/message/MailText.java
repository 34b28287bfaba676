package com.lepton.caselibrary.plugins.finance.message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a raw e-mail (RFC 822 headers and a MIME body) to the text the model reads: the
 * subject, a blank line, then the body's text.
 *
 * <p>All headers except {@code Subject} are dropped on purpose: servers, dates and list addresses
 * differ between the corpus' groups and would let a model learn where a mail came from instead of
 * what it says. MIME parts are decoded (quoted-printable, base64, the declared charset); text
 * parts are kept, HTML is reduced to text with its link targets, attachments are skipped. From a
 * {@code multipart/alternative} only the plain-text version is read when there is one.
 *
 * <p>Deliberately small and lenient: the corpus has broken MIME, and nothing here may throw.
 */
public final class MailText {

    private static final int MAX_DEPTH = 6;
    private static final Pattern PARAMETER =
            Pattern.compile(";\\s*([A-Za-z0-9*_-]+)\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");
    private static final Pattern HEADER_LINE = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*:");
    /** A mailing list's tag in a subject, e.g. {@code [ILUG]} or {@code [SAtalk]}. */
    private static final Pattern LIST_TAG = Pattern.compile("\\[[^\\[\\]\n]{1,40}\\]");
    /**
     * Where a mailing list's or list host's footer starts: a separator line followed by a list's
     * name or address (Mailman, ILUG), a bare list-info link (FoRK), SourceForge's sponsor block,
     * Yahoo! Groups' footer.
     */
    private static final Pattern LIST_FOOTER = Pattern.compile(
            "(?im)^(?:(?:_{20,}|-{2,})[ \\t]*\\n(?=(?:[^\\n]*\\n){0,2}[^\\n]*(?:mailing list|listinfo|mailman))"
                    + "|[ \\t]*https?://\\S+/listinfo/\\S*[ \\t]*$"
                    + "|-{20,}[ \\t]*\\n(?=this sf\\.net email is sponsored)"
                    + "|[^\\n]*yahoo! groups sponsor"
                    + "|to unsubscribe from this group, send an email to)");

    private MailText() {}

    /**
     * The subject and body text of a raw mail. Mailing-list tags in the subject and list footers at
     * the end of the body are removed too: like the headers, they tell which list (and so which
     * corpus group) a mail came from, and a customer's message has neither.
     */
    public static String of(String rawMail) {
        Part mail = Part.parse(normalizeNewlines(rawMail));
        String subject =
                withoutListTags(MimeDecoding.decodeHeader(mail.headers().getOrDefault("subject", "")));
        String body = withoutListFooter(text(mail, 0));
        return subject.isBlank() ? body.strip() : subject.strip() + "\n\n" + body.strip();
    }

    /** A subject without mailing-list tags such as {@code [ILUG]}. */
    static String withoutListTags(String subject) {
        return LIST_TAG.matcher(subject).replaceAll(" ").strip();
    }

    /** The text up to the first mailing-list footer, if there is one. */
    static String withoutListFooter(String body) {
        Matcher footer = LIST_FOOTER.matcher(body);
        return footer.find() ? body.substring(0, footer.start()) : body;
    }

    /**
     * What the model reads for a visitor's text: a pasted mail with headers (e.g. starting with
     * {@code Subject:} or {@code From:}) is reduced as in training; HTML is reduced to text;
     * anything else is taken as it is.
     */
    public static String forVisitorText(String text) {
        String normalized = normalizeNewlines(text).strip();
        if (looksLikeMail(normalized)) {
            return of(normalized);
        }
        return withoutListFooter(Html.looksLikeHtml(normalized) ? Html.toText(normalized) : normalized);
    }

    /** Whether the text starts with a header block that has a {@code Subject}, as a mail does. */
    static boolean looksLikeMail(String text) {
        int end = text.indexOf("\n\n");
        String head = end < 0 ? text : text.substring(0, end);
        boolean subject = false;
        for (String line : head.split("\n")) {
            if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
                continue; // a folded continuation line
            }
            if (!HEADER_LINE.matcher(line).find()) {
                return false;
            }
            subject |= line.regionMatches(true, 0, "subject:", 0, 8);
        }
        return subject;
    }

    private static String normalizeNewlines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The readable text of a part and its children. */
    private static String text(Part part, int depth) {
        String type = part.contentType();
        if (type.startsWith("multipart/") && depth < MAX_DEPTH) {
            List<Part> children = part.children();
            if (children.isEmpty()) {
                return "";
            }
            if (type.equals("multipart/alternative")) {
                for (Part child : children) {
                    if (child.contentType().equals("text/plain")) {
                        String plain = text(child, depth + 1);
                        if (!plain.isBlank()) {
                            return plain;
                        }
                    }
                }
            }
            StringBuilder all = new StringBuilder();
            for (Part child : children) {
                String childText = text(child, depth + 1);
                if (!childText.isBlank()) {
                    all.append(childText.strip()).append("\n\n");
                }
                if (type.equals("multipart/alternative") && !all.isEmpty()) {
                    break;
                }
            }
            return all.toString();
        }
        if (type.equals("message/rfc822") && depth < MAX_DEPTH) {
            return of(part.body());
        }
        if (type.equals("text/html")) {
            return Html.toText(part.decodedBody());
        }
        if (type.startsWith("text/") || type.isEmpty()) {
            String body = part.decodedBody();
            // Some mails send HTML as text/plain; read it as the visitor would see it.
            return Html.looksLikeHtml(body) ? Html.toText(body) : body;
        }
        return "";
    }

    /** A MIME entity: lower-cased header names to unfolded values, and the raw body. */
    private record Part(Map<String, String> headers, String body) {

        static Part parse(String raw) {
            Map<String, String> headers = new LinkedHashMap<>();
            int position = 0;
            String lastName = null;
            while (position < raw.length()) {
                int end = raw.indexOf('\n', position);
                if (end < 0) {
                    end = raw.length();
                }
                String line = raw.substring(position, end);
                position = end + 1;
                if (line.isEmpty()) {
                    break;
                }
                if (Character.isWhitespace(line.charAt(0)) && lastName != null) {
                    headers.merge(lastName, " " + line.strip(), String::concat);
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue; // e.g. the mbox "From sender date" line
                }
                lastName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                // The first occurrence wins, as mail readers show it.
                headers.putIfAbsent(lastName, line.substring(colon + 1).strip());
            }
            return new Part(headers, position < raw.length() ? raw.substring(position) : "");
        }

        String contentType() {
            String value = headers.getOrDefault("content-type", "");
            int semicolon = value.indexOf(';');
            return (semicolon < 0 ? value : value.substring(0, semicolon))
                    .strip()
                    .toLowerCase(Locale.ROOT);
        }

        String parameter(String name) {
            Matcher matcher = PARAMETER.matcher(headers.getOrDefault("content-type", ""));
            while (matcher.find()) {
                if (matcher.group(1).equalsIgnoreCase(name)) {
                    return matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
                }
            }
            return null;
        }

        String decodedBody() {
            String encoding = headers.getOrDefault("content-transfer-encoding", "")
                    .strip()
                    .toLowerCase(Locale.ROOT);
            return switch (encoding) {
                case "quoted-printable" ->
                    new String(MimeDecoding.quotedPrintable(body), MimeDecoding.charset(parameter("charset")));
                case "base64" -> new String(MimeDecoding.base64(body), MimeDecoding.charset(parameter("charset")));
                default -> body;
            };
        }

        List<Part> children() {
            String boundary = parameter("boundary");
            List<Part> parts = new ArrayList<>();
            if (boundary == null || boundary.isEmpty()) {
                return parts;
            }
            String delimiter = "--" + boundary;
            StringBuilder current = null;
            for (String line : body.split("\n", -1)) {
                String trimmed = line.stripTrailing();
                if (trimmed.equals(delimiter) || trimmed.equals(delimiter + "--")) {
                    if (current != null) {
                        parts.add(parse(current.toString()));
                    }
                    current = trimmed.equals(delimiter) ? new StringBuilder() : null;
                    if (current == null) {
                        break;
                    }
                } else if (current != null) {
                    current.append(line).append('\n');
                }
            }
            if (current != null && !current.isEmpty()) {
                parts.add(parse(current.toString())); // no closing delimiter
            }
            return parts;
        }
    }
}
