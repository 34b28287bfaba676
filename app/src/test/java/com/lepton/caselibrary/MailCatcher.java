package com.lepton.caselibrary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** A local SMTP server (GreenMail) on a free loopback port that the portal's mail settings point at. */
final class MailCatcher {

    private final int port = freePort();
    private GreenMail server;

    MailCatcher() {
        start();
    }

    int port() {
        return port;
    }

    /** Stops taking mail (connections to the port are refused) until {@link #start()}. */
    synchronized void stop() {
        server.stop();
    }

    synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** The first mail received whose subject contains {@code text}, waiting up to {@code timeout}. */
    Optional<MimeMessage> await(String text, Duration timeout) throws MessagingException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            MimeMessage[] received;
            synchronized (this) {
                received = server.getReceivedMessages();
            }
            for (MimeMessage message : Arrays.asList(received)) {
                if (message.getSubject() != null && message.getSubject().contains(text)) {
                    return Optional.of(message);
                }
            }
            Thread.sleep(50);
        }
        return Optional.empty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
