package com.lepton.caselibrary.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Caps JSON request bodies of the REST API ({@code lepton.api.max-json-bytes}, 256 KB by default:
 * a demo's longest message or series is far smaller), so a huge body is refused before anything
 * reads it into memory. A declared length over the cap is answered 413 at once; a chunked body
 * is cut off when it passes the cap. Uploads are capped by {@code spring.servlet.multipart.*}.
 */
@Component
class ApiRequestLimit extends OncePerRequestFilter {

    private final long maxJsonBytes;
    private final HandlerExceptionResolver errors;

    ApiRequestLimit(
            @Value("${lepton.api.max-json-bytes:262144}") long maxJsonBytes,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
        this.maxJsonBytes = maxJsonBytes;
        this.errors = errors;
    }

    /** A declared body over the cap; {@link ApiErrors} answers it like any other refusal. */
    static final class TooLarge extends RuntimeException {

        private final long kilobytes;

        TooLarge(long kilobytes) {
            super("JSON body over " + kilobytes + " KB", null, false, false);
            this.kilobytes = kilobytes;
        }

        long kilobytes() {
            return kilobytes;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_JSON_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxJsonBytes) {
            // Before the DispatcherServlet: the advice is reached through the resolver, which writes its answer.
            errors.resolveException(request, response, null, new TooLarge(maxJsonBytes / 1024));
            return;
        }
        chain.doFilter(new Capped(request, maxJsonBytes), response);
    }

    /** The request with a body stream that fails once more than {@code limit} bytes were read. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final long limit;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > limit) {
                        throw new IOException("request body over " + limit + " bytes");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > limit) {
                        throw new IOException("request body over " + limit + " bytes");
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
