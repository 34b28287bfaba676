package com.lepton.caselibrary.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.rest.PathFirstHandlerMappings.PathFirstHandlerMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

class PathFirstHandlerMappingsTest {

    private final PathFirstHandlerMapping mapping = new PathFirstHandlerMapping();
    private final RequestMappingInfo runInput = RequestMappingInfo.paths("/api/cases/{caseId}/run")
            .methods(RequestMethod.POST)
            .consumes(MediaType.APPLICATION_JSON_VALUE)
            .produces(MediaType.APPLICATION_JSON_VALUE)
            .options(options())
            .build();

    @Test
    void aMappingWhosePathCannotMatchIsRefusedWithoutReadingTheRequestsMethodOrHeaders() {
        CountingRequest request = request("POST", "/v2/models/finance-message-risk/infer");

        assertThat(mapping.getMatchingMapping(runInput, request)).isNull();
        assertThat(request.reads.get()).as("method and header reads").isZero();
    }

    @Test
    void aMappingWhosePathMatchesIsComparedOnEveryConditionAsSpringDoes() {
        CountingRequest post = request("POST", "/api/cases/finance-message-risk/run");
        CountingRequest get = request("GET", "/api/cases/finance-message-risk/run");

        assertThat(mapping.getMatchingMapping(runInput, post))
                .isNotNull()
                .isEqualTo(runInput.getMatchingCondition(post));
        assertThat(mapping.getMatchingMapping(runInput, get)).isNull();
        assertThat(runInput.getMatchingCondition(get)).isNull();
    }

    @Test
    void theWrongContentTypeOnAMatchingPathIsStillRefused() {
        CountingRequest text = request("POST", "/api/cases/finance-message-risk/run");
        ((MockHttpServletRequest) text.getRequest()).setContentType(MediaType.TEXT_PLAIN_VALUE);

        assertThat(mapping.getMatchingMapping(runInput, text)).isNull();
    }

    private static CountingRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setContentType(MediaType.APPLICATION_JSON_VALUE);
        request.addHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
        ServletRequestPathUtils.parseAndCache(request);
        return new CountingRequest(request);
    }

    private static RequestMappingInfo.BuilderConfiguration options() {
        RequestMappingInfo.BuilderConfiguration options = new RequestMappingInfo.BuilderConfiguration();
        options.setPatternParser(PathPatternParser.defaultInstance);
        return options;
    }

    /** Counts what the other conditions read: the method and the headers. */
    private static final class CountingRequest extends HttpServletRequestWrapper {

        final AtomicInteger reads = new AtomicInteger();

        CountingRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            reads.incrementAndGet();
            return super.getMethod();
        }

        @Override
        public String getHeader(String name) {
            reads.incrementAndGet();
            return super.getHeader(name);
        }

        @Override
        public String getContentType() {
            reads.incrementAndGet();
            return super.getContentType();
        }
    }
}
