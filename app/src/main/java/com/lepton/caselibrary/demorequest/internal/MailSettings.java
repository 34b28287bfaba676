package com.lepton.caselibrary.demorequest.internal;

import java.util.Optional;
import java.util.Properties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail sender made from Spring Boot's {@code spring.mail.*} settings as they are when the portal starts. Boot
 * makes its own sender only if {@code spring.mail.host} is set when the bean definitions are made, and the fast
 * start's ahead-of-time definitions are made at build time, without it: a host set for a launcher start would be
 * ignored. Where Boot made its sender, that one is used ({@link DemoRequestMailer}).
 */
final class MailSettings {

    private MailSettings() {}

    /** The sender for the settings in {@code environment}, or none when no {@code spring.mail.host} is set. */
    static Optional<MailSender> sender(Environment environment) {
        MailProperties settings = Binder.get(environment)
                .bind("spring.mail", MailProperties.class)
                .orElseGet(MailProperties::new);
        boolean hasHost = settings.getHost() != null && !settings.getHost().isBlank();
        return hasHost ? Optional.of(sender(settings)) : Optional.empty();
    }

    /** As Boot's own mail configuration applies them (TLS through {@code spring.mail.properties.*}). */
    private static MailSender sender(MailProperties settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.getHost());
        if (settings.getPort() != null) {
            sender.setPort(settings.getPort());
        }
        sender.setUsername(settings.getUsername());
        sender.setPassword(settings.getPassword());
        sender.setProtocol(settings.getProtocol());
        if (settings.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(settings.getDefaultEncoding().name());
        }
        Properties javaMail = new Properties();
        javaMail.putAll(settings.getProperties());
        sender.setJavaMailProperties(javaMail);
        return sender;
    }
}
