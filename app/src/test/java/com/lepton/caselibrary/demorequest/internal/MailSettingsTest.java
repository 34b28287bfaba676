package com.lepton.caselibrary.demorequest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/** The consultants' mail sender made from the settings at start, for starts whose bean definitions came without. */
class MailSettingsTest {

    @Test
    void makesASenderFromSpringBootsMailSettings() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("spring.mail.host", "smtp.lepton.example")
                .withProperty("spring.mail.port", "2525")
                .withProperty("spring.mail.username", "portal")
                .withProperty("spring.mail.password", "mail-secret")
                .withProperty("spring.mail.default-encoding", "UTF-8")
                .withProperty("spring.mail.properties.mail.smtp.starttls.enable", "true");

        assertThat(MailSettings.sender(settings)).get().isInstanceOfSatisfying(JavaMailSenderImpl.class, sender -> {
            assertThat(sender.getHost()).isEqualTo("smtp.lepton.example");
            assertThat(sender.getPort()).isEqualTo(2525);
            assertThat(sender.getUsername()).isEqualTo("portal");
            assertThat(sender.getPassword()).isEqualTo("mail-secret");
            assertThat(sender.getDefaultEncoding()).isEqualTo("UTF-8");
            assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "true");
        });
    }

    @Test
    void makesNoneWithoutAHost() {
        assertThat(MailSettings.sender(new MockEnvironment())).isEmpty();
        assertThat(MailSettings.sender(new MockEnvironment().withProperty("spring.mail.host", " ")))
                .isEmpty();
    }
}
