package com.lepton.caselibrary.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
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
        try {
            return InetAddress.ofLiteral(local) instanceof Inet6Address ? "[" + shortIpv6(local) + "]" : local;
        } catch (IllegalArgumentException e) {
            return local;
        }
    }

    /**
     * An IPv6 address as people write it (RFC 5952: no leading zeros, the longest run of zero groups as
     * {@code ::}); the socket gives the full form, and the snippets showed {@code [0:0:0:0:0:0:0:1]} for
     * {@code [::1]}.
     */
    private static String shortIpv6(String address) {
        int zone = address.indexOf('%');
        String bare = zone < 0 ? address : address.substring(0, zone);
        String[] groups = bare.split(":", -1);
        if (groups.length != 8 || bare.contains("::")) {
            return address;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            groups[i] = Integer.toHexString(Integer.parseInt(groups[i], 16));
        }
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length].equals("0")) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        String text = bestStart < 0
                ? String.join(":", groups)
                : String.join(":", Arrays.copyOfRange(groups, 0, bestStart)) + "::"
                        + String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, 8));
        return zone < 0 ? text : text + address.substring(zone);
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
