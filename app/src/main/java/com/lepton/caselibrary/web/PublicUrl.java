package com.lepton.caselibrary.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.Optional;
import org.apache.tomcat.util.net.IPv6Utils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's public base URL ({@code lepton.public-url}, e.g. {@code https://cases.example.com}):
 * every absolute address the portal prints is built on it. Unset, it is the address and port the
 * connection arrived on, read from the socket. Never from the {@code Host} header, which any client
 * chooses.
 */
@Component
public class PublicUrl {

    private final URI configured;

    public PublicUrl(@Value("${lepton.public-url:}") String configured) {
        this.configured = configured == null || configured.isBlank() ? null : parse(configured.strip());
    }

    private static URI parse(String value) {
        URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException("lepton.public-url must be an http(s) URL with a host, not " + value);
        }
        return uri;
    }

    /** The configured public URL, if any. */
    public Optional<URI> configured() {
        return Optional.ofNullable(configured);
    }

    public String scheme(HttpServletRequest request) {
        return configured != null ? configured.getScheme() : request.getScheme();
    }

    public String host(HttpServletRequest request) {
        if (configured != null) {
            return configured.getHost();
        }
        String local = request.getLocalAddr();
        // An IPv6 address as people write it (RFC 5952, Tomcat's own helper): [::1], not [0:0:0:0:0:0:0:1].
        try {
            return InetAddress.ofLiteral(local) instanceof Inet6Address ? "[" + IPv6Utils.canonize(local) + "]" : local;
        } catch (IllegalArgumentException e) {
            return local;
        }
    }

    public int port(HttpServletRequest request) {
        if (configured != null) {
            return configured.getPort() >= 0 ? configured.getPort() : "https".equals(configured.getScheme()) ? 443 : 80;
        }
        return request.getLocalPort();
    }

    /** The base URL for this request: scheme, host, port (when not the default) and context path. */
    public String base(HttpServletRequest request) {
        String scheme = scheme(request);
        int port = port(request);
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = configured != null ? configured.getRawPath() : request.getContextPath();
        return scheme + "://" + host(request) + (defaultPort ? "" : ":" + port) + (path == null ? "" : path);
    }
}
