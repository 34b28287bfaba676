package com.lepton.caselibrary.layout;

import com.vaadin.flow.server.Constants;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Push WebSockets without per-message compression. Tomcat accepts the browser's {@code permessage-deflate} offer,
 * and each page then holds a zlib deflater and inflater (about 300 KB of native memory) and 24 KB of heap for them,
 * to compress pushes that are a few hundred bytes. Hiding the offer from Tomcat's upgrade (which runs after this
 * filter) leaves the WebSocket uncompressed; nothing else changes.
 */
@Configuration(proxyBeanMethods = false)
class UncompressedPush {

    /** Vaadin's push endpoint under the servlet's root mapping. */
    static final String PUSH_PATH = "/" + Constants.PUSH_MAPPING;

    @Bean
    FilterRegistrationBean<Filter> uncompressedPushFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(UncompressedPush::withoutOffer);
        registration.addUrlPatterns(PUSH_PATH);
        registration.setName("uncompressedPush");
        return registration;
    }

    static void withoutOffer(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(
                request instanceof HttpServletRequest http ? new WithoutExtensionOffer(http) : request, response);
    }

    /** The request as if the browser had offered no WebSocket extension. */
    static final class WithoutExtensionOffer extends HttpServletRequestWrapper {

        static final String EXTENSIONS = "Sec-WebSocket-Extensions";

        WithoutExtensionOffer(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(header -> !EXTENSIONS.equalsIgnoreCase(header))
                    .toList());
        }
    }
}
