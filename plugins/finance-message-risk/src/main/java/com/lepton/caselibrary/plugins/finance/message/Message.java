package com.lepton.caselibrary.plugins.finance.message;

import java.util.Objects;

/**
 * One corpus mail.
 *
 * @param group the corpus group, e.g. {@code hard-ham-1} or {@code spam-2}
 * @param id    the mail's id within its group, e.g. {@code 00042}
 * @param raw   the whole mail, headers included, as the corpus stores it
 */
public record Message(String group, String id, String raw) {

    public Message {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raw, "raw");
    }

    /** The class the corpus gives the mail: every {@code spam-*} group is spam, the rest ham. */
    public MessageClass label() {
        return group.startsWith("spam") ? MessageClass.SPAM : MessageClass.HAM;
    }

    /** Subject and body text, the way the model reads it. */
    public String text() {
        return MailText.of(raw);
    }
}
