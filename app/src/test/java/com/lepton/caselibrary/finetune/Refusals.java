package com.lepton.caselibrary.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.i18n.Messages;
import java.util.Locale;

/** What the client-data readers' tests check of a refusal: its message key, and its words in both languages. */
final class Refusals {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** A read of a client's data set. */
    interface Read {
        void read() throws ClientSetException;
    }

    private Refusals() {}

    /** The refusal the read must end in, with this message key. */
    static ClientSetException refused(Read read, String key) {
        try {
            read.read();
        } catch (ClientSetException e) {
            assertThat(e.messageKey()).isEqualTo(key);
            return e;
        }
        throw new AssertionError("not refused, expected " + key);
    }

    static void assertMessage(ClientSetException e, String english, String chinese) {
        assertThat(Messages.format(e.messageKey(), Locale.ENGLISH, e.arguments()))
                .contains(english);
        assertThat(Messages.format(e.messageKey(), ZH, e.arguments())).contains(chinese);
    }

    static void assertReason(ClientSetException.Refusal r, String english, String chinese) {
        assertThat(Messages.format(r.reasonKey(), Locale.ENGLISH, r.reasonArguments()))
                .contains(english);
        assertThat(Messages.format(r.reasonKey(), ZH, r.reasonArguments())).contains(chinese);
    }
}
