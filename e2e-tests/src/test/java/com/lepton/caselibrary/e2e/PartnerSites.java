package com.lepton.caselibrary.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two tiny web sites on loopback ports of their own, standing for a partner's site that frames the portal's
 * embeddable demos: the <b>allowed</b> one, whose origin the shared portal lists in
 * {@code lepton.embed.frame-ancestors}, and a <b>refused</b> one that nobody listed. Both are on 127.0.0.1 like the
 * portal, so only the origin (the port) differs and the browser still sends the portal's SameSite session cookie
 * inside the frame, as it would for a partner on the same registrable domain. They live as long as the test JVM.
 */
final class PartnerSites {

    private static final Map<String, String> PAGES = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static HttpServer allowed;
    private static HttpServer refused;

    private PartnerSites() {}

    /** The allowed site's origin, e.g. {@code http://127.0.0.1:41234}; starts both sites on first use. */
    static synchronized String allowedOrigin() {
        start();
        return origin(allowed);
    }

    static synchronized String refusedOrigin() {
        start();
        return origin(refused);
    }

    /** Serves {@code html} at a new path on the allowed or the refused site; returns its address. */
    static String page(boolean onAllowedSite, String html) {
        String path = "/partner-" + NEXT.incrementAndGet() + ".html";
        PAGES.put(path, html);
        return (onAllowedSite ? allowedOrigin() : refusedOrigin()) + path;
    }

    /** A partner's page that shows {@code src} in an iframe with the given id. */
    static String framing(boolean onAllowedSite, String src) {
        return page(onAllowedSite, """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Partner site</title>
                <style>body{font-family:sans-serif;margin:0;background:#fdf6e3}header{padding:1rem 2rem;background:#073642;color:#fdf6e3}
                main{padding:1rem 2rem}iframe{width:100%%;height:900px;border:1px solid #93a1a1;border-radius:8px;background:#fff}</style>
                </head><body><header><h1>Partner site · %s</h1></header>
                <main><p>Our customers try the model right here:</p>
                <iframe id="lepton-demo" src="%s" title="Lepton live demo"></iframe></main></body></html>
                """.formatted(onAllowedSite ? "allowed origin" : "origin not allowed", src));
    }

    private static void start() {
        if (allowed == null) {
            allowed = server();
            refused = server();
        }
    }

    private static String origin(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static HttpServer server() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String html = PAGES.get(exchange.getRequestURI().getPath());
                byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a partner site", e);
        }
    }
}
