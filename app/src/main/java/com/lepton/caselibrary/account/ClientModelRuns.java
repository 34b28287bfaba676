package com.lepton.caselibrary.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A demo run that asks for a consultant's client model ({@code ?model=ID} on a case's run endpoints): it belongs in
 * the signed-in API chain, while the same run without the parameter stays public. Only the query string is read,
 * never the body, so a multipart upload is not parsed before its caller is known.
 */
final class ClientModelRuns implements RequestMatcher {

    private final RequestMatcher runs = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/cases/*/run"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/cases/*/batch"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/cases/*/samples/*/run"));

    @Override
    public boolean matches(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null
                && runs.matches(request)
                && UriComponentsBuilder.newInstance()
                        .query(query)
                        .build()
                        .getQueryParams()
                        .containsKey("model");
    }
}
