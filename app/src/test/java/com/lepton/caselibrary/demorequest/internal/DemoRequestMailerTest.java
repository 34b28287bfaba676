package com.lepton.caselibrary.demorequest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.demorequest.DemoRequested;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

/** The consultants' notice of a demo request: sent when configured, skipped when not, a failure only counted. */
class DemoRequestMailerTest {

    private static final DemoRequested REQUEST = new DemoRequested(
            7,
            "Mei\r\nBcc: all@evil.example",
            "Acme Textiles",
            "mei@acme.example",
            "Sorting our garments\nsoon",
            "/cases/manufacturing-sorting",
            "zh");

    private final List<SimpleMailMessage> sent = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private DemoRequestMailer mailer(MailSender sender, String recipients) {
        return new DemoRequestMailer(
                () -> sender, recipients, "portal@lepton.example", "https://cases.example.com/", Runnable::run, meters);
    }

    private final MailSender recording = new MailSender() {
        @Override
        public void send(SimpleMailMessage... messages) {
            sent.addAll(List.of(messages));
        }
    };

    @Test
    void mailsEveryConsultantWithTheRequestAndWhereToWorkIt() {
        mailer(recording, " sales@lepton.example, ops@lepton.example ,").requested(REQUEST);

        assertThat(sent).hasSize(1);
        SimpleMailMessage mail = sent.getFirst();
        assertThat(mail.getTo()).containsExactly("sales@lepton.example", "ops@lepton.example");
        assertThat(mail.getFrom()).isEqualTo("portal@lepton.example");
        assertThat(mail.getSubject()).isEqualTo("Demo request #7: Acme Textiles");
        assertThat(mail.getText())
                .contains("Name:         Mei Bcc: all@evil.example")
                .contains("Contact:      mei@acme.example")
                .contains("Page:         /cases/manufacturing-sorting")
                .contains("Sorting our garments\nsoon")
                .contains("https://cases.example.com/demo-requests?status=NEW");
        assertThat(meters.counter(DemoRequestMailer.METER, "outcome", "sent").count())
                .isEqualTo(1);
    }

    @Test
    void doesNothingWithoutAMailServerOrWithoutRecipients() {
        mailer(null, "sales@lepton.example").requested(REQUEST);
        mailer(recording, " ").requested(REQUEST);

        assertThat(sent).isEmpty();
        assertThat(meters.getMeters()).isEmpty();
    }

    @Test
    void aFailingMailServerIsLoggedAndCountedNotThrown() {
        MailSender failing = new MailSender() {
            @Override
            public void send(SimpleMailMessage... messages) {
                throw new MailSendException("connection refused");
            }
        };

        mailer(failing, "sales@lepton.example").requested(REQUEST);

        assertThat(meters.counter(DemoRequestMailer.METER, "outcome", "failed").count())
                .isEqualTo(1);
    }
}
