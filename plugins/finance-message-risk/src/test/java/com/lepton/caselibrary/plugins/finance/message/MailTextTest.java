package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void keepsSubjectAndBodyAndDropsOtherHeaders() {
        String mail = """
                From someone@example.com  Thu Aug 22 12:36:23 2002
                Received: from mail.example.com (mail.example.com [10.0.0.1])
                \tby mx.example.net with ESMTP
                From: Someone <someone@example.com>
                Subject: Lunch
                  on Friday?
                Content-Type: text/plain

                Shall we meet at noon?
                """;

        assertThat(MailText.of(mail)).isEqualTo("Lunch on Friday?\n\nShall we meet at noon?");
    }

    @Test
    void removesMailingListTagsAndFooters() {
        String mail = """
                Subject: Re: [ILUG] hard links

                Use ln without -s.
                --\s
                Irish Linux Users' Group: ilug@linux.ie
                http://www.linux.ie/mailman/listinfo/ilug for (un)subscription information.
                """;

        assertThat(MailText.of(mail)).isEqualTo("Re:   hard links\n\nUse ln without -s.");
        assertThat(
                        MailText.withoutListFooter(
                                "Text.\n_______________________________________________\nRazor-users mailing list\nhttps://x/listinfo/razor"))
                .isEqualTo("Text.\n");
    }

    @Test
    void decodesQuotedPrintableWithItsCharset() {
        String mail = """
                Subject: =?iso-8859-1?Q?Caf=E9?=
                Content-Type: text/plain; charset="iso-8859-1"
                Content-Transfer-Encoding: quoted-printable

                Gr=FC=DFe aus dem Caf=E9, mit einem sehr langen Satz, der weich =
                umbrochen ist.
                """;

        assertThat(MailText.of(mail))
                .isEqualTo("Café\n\nGrüße aus dem Café, mit einem sehr langen Satz, der weich umbrochen ist.");
    }

    @Test
    void readsThePlainPartOfAlternativesAndDecodesBase64() {
        String mail = """
                Subject: =?utf-8?B?5Lit5paH?=
                Content-Type: multipart/alternative; boundary="XYZ"

                preamble
                --XYZ
                Content-Type: text/html

                <p>HTML version</p>
                --XYZ
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: base64

                UGxhaW4gdmVyc2lvbg==
                --XYZ--
                """;

        assertThat(MailText.of(mail)).isEqualTo("中文\n\nPlain version");
    }

    @Test
    void turnsHtmlIntoTextAndKeepsLinkTargets() {
        String mail = """
                Subject: Offer
                Content-Type: multipart/mixed; boundary=b1

                --b1
                Content-Type: text/html

                <html><head><style>p {color: red}</style></head><body><p>Click&nbsp;<a href="http://win.example.com/x">here</a> &amp; win&#33;</p></body></html>
                --b1
                Content-Type: application/octet-stream

                AAAAAAAA
                --b1--
                """;

        assertThat(Tokenizer.tokenize(MailText.of(mail)))
                .containsExactly("offer", "click", "<url>", "here", "win", "!");
    }

    @Test
    void readsAVisitorsPastedMailLikeATrainingMailAndOtherTextAsItIs() {
        assertThat(MailText.forVisitorText("Subject: Hello\n\nHow are you?")).isEqualTo("Hello\n\nHow are you?");
        assertThat(MailText.forVisitorText("Note: the meeting moved.\nSee you there"))
                .isEqualTo("Note: the meeting moved.\nSee you there");
        assertThat(MailText.forVisitorText("<p>Hi <b>there</b></p>").strip()).isEqualTo("Hi  there");
    }
}
