package com.lepton.caselibrary.plugins.finance.message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The MIME decodings {@link MailText} needs, lenient like it: encoded words, quoted-printable, base64, charsets. */
final class MimeDecoding {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_ENCODED_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private MimeDecoding() {}

    /** Decodes RFC 2047 encoded words such as {@code =?utf-8?B?...?=} in a header value. */
    static String decodeHeader(String value) {
        String joined = BETWEEN_ENCODED_WORDS.matcher(value).replaceAll("$1$2");
        Matcher matcher = ENCODED_WORD.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            byte[] bytes;
            if (matcher.group(2).equalsIgnoreCase("B")) {
                bytes = base64(matcher.group(3));
            } else {
                bytes = quotedPrintable(matcher.group(3).replace('_', ' '));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, charset(matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static byte[] quotedPrintable(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++; // soft line break
                    continue;
                }
                if (i + 2 < text.length()) {
                    int high = Character.digit(text.charAt(i + 1), 16);
                    int low = Character.digit(text.charAt(i + 2), 16);
                    if (high >= 0 && low >= 0) {
                        out.write(high * 16 + low);
                        i += 2;
                        continue;
                    }
                }
                out.write('=');
            } else if (c < 256) {
                out.write(c);
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(utf8, 0, utf8.length);
            }
        }
        return out.toByteArray();
    }

    static byte[] base64(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/') {
                clean.append(c);
            }
        }
        // Padding was dropped above and is added back; a lone last character carries no whole byte.
        int usable = clean.length() % 4 == 1 ? clean.length() - 1 : clean.length();
        try {
            return Base64.getDecoder().decode(padded(clean.substring(0, usable)));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static String padded(String base64) {
        int remainder = base64.length() % 4;
        return remainder == 0 ? base64 : base64 + "=".repeat(4 - remainder);
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            String clean = name.strip().replace("\"", "");
            // Mail clients labelled Windows-1252 text as Latin-1 or ASCII; 1252 decodes both.
            if (clean.equalsIgnoreCase("us-ascii") || clean.equalsIgnoreCase("iso-8859-1")) {
                return Charset.forName("windows-1252");
            }
            return Charset.forName(clean);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}
