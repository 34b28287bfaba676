package com.lepton.caselibrary.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides the client's {@code Host} (and {@code X-Forwarded-Host}) from everything behind it: the
 * request's server name, port, scheme and URL come from {@link PublicUrl}. So a forged host can
 * reach no code snippet, OpenAPI document or redirect (Tomcat's own redirects are relative:
 * {@code server.tomcat.use-relative-redirects}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RequiredArgsConstructor
class UntrustedHostFilter extends OncePerRequestFilter {

    private static final Set<String> HOST_HEADERS = Set.of("host", "x-forwarded-host", "forwarded");

    private final PublicUrl publicUrl;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Trusted(request, publicUrl), response);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** The request as the portal's public URL says it was addressed. */
    private static final class Trusted extends HttpServletRequestWrapper {

        private final String scheme;
        private final String host;
        private final int port;

        Trusted(HttpServletRequest request, PublicUrl publicUrl) {
            super(request);
            this.scheme = publicUrl.scheme(request);
            this.host = publicUrl.host(request);
            this.port = publicUrl.port(request);
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public String getServerName() {
            return host;
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public StringBuffer getRequestURL() {
            boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return new StringBuffer(scheme + "://" + host + (defaultPort ? "" : ":" + port) + getRequestURI());
        }

        @Override
        public String getHeader(String name) {
            if ("host".equalsIgnoreCase(name)) {
                boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
                return host + (defaultPort ? "" : ":" + port);
            }
            return isHostHeader(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if ("host".equalsIgnoreCase(name)) {
                return Collections.enumeration(List.of(getHeader(name)));
            }
            return isHostHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        private static boolean isHostHeader(String name) {
            return name != null && HOST_HEADERS.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
