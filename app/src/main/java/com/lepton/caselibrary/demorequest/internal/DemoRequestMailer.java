package com.lepton.caselibrary.demorequest.internal;

import com.lepton.caselibrary.demorequest.DemoRequested;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the consultants by e-mail that a demo request came in, when both {@code spring.mail.host} (Spring
 * then provides the mail sender, or {@link MailSettings} does) and {@code lepton.demo-requests.notify}
 * (comma-separated addresses) are set;
 * otherwise does nothing. Sends only after the request is committed, on a thread of its own, so the visitor
 * never waits for the mail server and a mail that fails (logged, counted) never loses the stored request.
 */
@Component
class DemoRequestMailer {

    private static final Logger log = LoggerFactory.getLogger(DemoRequestMailer.class);
    static final String METER = "lepton.demo.requests.mail";

    private final Supplier<MailSender> sender;
    private final List<String> recipients;
    private final String from;
    private final String portal;
    private final Executor executor;
    private final MeterRegistry meters;

    @Autowired
    DemoRequestMailer(
            ObjectProvider<MailSender> sender,
            Environment environment,
            @Value("${lepton.demo-requests.notify:}") String recipients,
            @Value("${lepton.demo-requests.from:lepton-portal@localhost}") String from,
            @Value("${lepton.public-url:}") String portal,
            ObjectProvider<MeterRegistry> meters) {
        this(
                () -> sender.getIfAvailable(
                        () -> MailSettings.sender(environment).orElse(null)),
                recipients,
                from,
                portal,
                task -> Thread.ofVirtual().name("demo-request-mail").start(task),
                meters.getIfAvailable());
    }

    DemoRequestMailer(
            Supplier<MailSender> sender,
            String recipients,
            String from,
            String portal,
            Executor executor,
            MeterRegistry meters) {
        this.sender = sender;
        this.recipients = Arrays.stream(recipients.split(","))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .toList();
        this.from = from;
        this.portal = portal.endsWith("/") ? portal.substring(0, portal.length() - 1) : portal;
        this.executor = executor;
        this.meters = meters;
    }

    @TransactionalEventListener
    void requested(DemoRequested request) {
        MailSender mail = sender.get();
        if (mail == null || recipients.isEmpty()) {
            return;
        }
        executor.execute(() -> send(mail, request));
    }

    private void send(MailSender mail, DemoRequested request) {
        try {
            mail.send(message(request));
            count("sent");
        } catch (RuntimeException e) {
            count("failed");
            log.warn(
                    "Demo request {} is stored, but the mail to the consultants failed: {}",
                    request.id(),
                    e.toString());
        }
    }

    SimpleMailMessage message(DemoRequested request) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipients.toArray(String[]::new));
        message.setSubject("Demo request #" + request.id() + ": " + oneLine(request.organisation()));
        message.setText("""
                A visitor asked for a demo.

                Name:         %s
                Organisation: %s
                Contact:      %s
                Page:         %s
                Language:     %s

                %s

                Work it on %s/demo-requests?status=NEW
                """.formatted(
                        oneLine(request.name()),
                        oneLine(request.organisation()),
                        oneLine(request.contact()),
                        request.page(),
                        request.language(),
                        request.message(),
                        portal));
        return message;
    }

    /** The form refuses control characters already; a line break here would still start a new header. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
    }

    private void count(String outcome) {
        if (meters != null) {
            meters.counter(METER, "outcome", outcome).increment();
        }
    }
}
