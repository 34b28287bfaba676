package com.lepton.caselibrary.account;

import com.lepton.caselibrary.web.EmbedFraming;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Views carry their own access annotations ({@code @AnonymousAllowed},
 * {@code @RolesAllowed}), checked by Vaadin's navigation access control; the URL rules here cover
 * what is not a view. Anything not listed is refused.
 */
@Configuration
@EnableWebSecurity
@RequiredArgsConstructor
class SecurityConfiguration {

    /**
     * Vaadin's client runs {@code executeJs} through {@code new Function} and its bootstrap page has
     * inline scripts, hence 'unsafe-eval' and 'unsafe-inline' for scripts; Lumo and KaTeX set inline
     * styles; drawings, heatmaps and charts are data: and blob: images. Nothing loads from elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = policy("frame-ancestors 'self'");

    /** The policy with the given {@code frame-ancestors} directive (only the embeddable demos differ). */
    static String policy(String frameAncestors) {
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                frameAncestors);
    }

    /** Starting a fine-tuning job on a case: consultants and administrators only. */
    private static final String FINE_TUNES = "/api/cases/*/fine-tunes";

    private final EmbedFraming framing;

    /**
     * No Spring Security observations: they wrap every filter of every request (a demo run passes
     * about fifteen) in an observation, which showed in the demo run's CPU profile, and say nothing the
     * request's own timer (http.server.requests) does not. The sign-in throttle hears of sign-ins through
     * authentication events ({@link SignInEvents}), not observations.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The strict firewall, as by default, with cheaper header checks ({@link HeaderCharacterFirewall}). */
    @Bean
    static HttpFirewall strictFirewall() {
        return HeaderCharacterFirewall.strict();
    }

    /**
     * Every sign-in (form and HTTP Basic) goes through the throttle first, then the metrics
     * scraper's credential or the accounts' passwords; failures and successes are published as
     * events ({@link SignInEvents}).
     */
    @Bean
    AuthenticationManager signIn(
            UserDetailsService accounts,
            PasswordEncoder passwords,
            SignInThrottle throttle,
            SecurityProperties properties,
            ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwords);
        List<AuthenticationProvider> providers = new ArrayList<>();
        ThrottledSignIn.metricsScraper(properties.metrics())
                .ifPresent(scraper -> providers.add(ThrottledSignIn.throttled(throttle, scraper)));
        providers.add(ThrottledSignIn.throttled(throttle, passwordCheck));
        ProviderManager manager = new ProviderManager(providers);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /**
     * Actuator: health (status only unless signed in as administrator) is open for load balancers;
     * metrics are for administrators (signed in, or HTTP Basic) and the scraper's own credential.
     */
    @Bean
    @Order(1)
    SecurityFilterChain operationsEndpoints(HttpSecurity http, AuthenticationManager signIn) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authenticationManager(signIn)
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
                                .permitAll()
                                .requestMatchers(EndpointRequest.to("prometheus", "metrics"))
                                .hasAnyRole(Role.ADMIN.name(), ThrottledSignIn.METRICS_ROLE)
                                .anyRequest()
                                .hasRole(Role.ADMIN.name()))
                .httpBasic(Customizer.withDefaults())
                // Never creates a session (scrapers), but a signed-in administrator's session still counts.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable())
                .headers(this::headers)
                .build();
    }

    /**
     * The REST API for signed-in callers (scripts and build pipelines of administrators, partners and
     * consultants): HTTP Basic over the portal's accounts, throttled like the sign-in page, or a personal API
     * token as a bearer token. Stateless: no session, so no CSRF token to forge. Fine-tuning on client data
     * ({@code POST /api/cases/ID/fine-tunes}, {@code /api/fine-tunes/**}: consultants and administrators) is
     * here too, ahead of the public chain that answers every other {@code /api/**}, and so are runs of a client
     * model ({@code ?model=ID}, {@link ClientModelRuns}).
     */
    @Bean
    @Order(2)
    SecurityFilterChain authenticatedApi(
            HttpSecurity http, AuthenticationManager signIn, ApiTokens tokens, AccountService accounts)
            throws Exception {
        ApiSignInProblems problems = new ApiSignInProblems();
        ClientModelRuns clientModelRuns = new ClientModelRuns();
        http.securityMatchers(matchers -> matchers.requestMatchers(
                                "/api/admin/**", FINE_TUNES, "/api/fine-tunes", "/api/fine-tunes/**")
                        .requestMatchers(clientModelRuns))
                .authenticationManager(signIn)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/admin/plugins", "/api/admin/plugins/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.PARTNER.name())
                        .requestMatchers(FINE_TUNES, "/api/fine-tunes", "/api/fine-tunes/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.CONSULTANT.name())
                        .requestMatchers(clientModelRuns)
                        .hasAnyRole(Role.ADMIN.name(), Role.CONSULTANT.name())
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                .addFilterAfter(new ApiPasswordChangeGate(accounts), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        refusals -> refusals.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return stateless(http);
    }

    /**
     * The public REST API, the inference protocol and their description: anonymous, limited by the
     * demo quotas, stateless (no session is ever created for them, so no CSRF token to forge either).
     */
    @Bean
    @Order(3)
    SecurityFilterChain statelessApi(HttpSecurity http) throws Exception {
        http.securityMatcher(
                        "/api/**", "/v2/**", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .securityContext(context -> context.requireExplicitSave(true));
        return stateless(http);
    }

    /**
     * How both API chains end: no session is created or used and no request is kept for after a sign-in, so
     * there is no CSRF token to forge either; the portal's headers as everywhere. A call that signs in (HTTP Basic,
     * a token) from a browser that is also signed in to the pages leaves that browser's session as it is: without
     * {@code none()}, session fixation protection gave the session a new id on every such call, and a client that
     * did not take the new cookie (a script sharing the browser's cookie, Playwright's request context) was signed
     * out of the pages.
     */
    private SecurityFilterChain stateless(HttpSecurity http) throws Exception {
        return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(this::headers)
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain portal(
            HttpSecurity http, AuthenticationManager signIn, VaadinDefaultRequestCache requests, RequestUtil routes)
            throws Exception {
        http.authenticationManager(signIn);
        // Only a real view that needs signing in is remembered for after the sign-in: an unknown path
        // (a scanner's guess) is sent to the sign-in page without a session being created for it.
        requests.ignoreRequests(request -> !routes.isSecuredFlowRoute(request));
        http.authorizeHttpRequests(auth ->
                auth.requestMatchers("/styles/**", "/webjars/**", "/error").permitAll());
        http.headers(this::headers);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        return http.build();
    }

    private void headers(HeadersConfigurer<HttpSecurity> headers) {
        // Written before the servlet runs: Vaadin writes its pages to the unwrapped response, so
        // headers added lazily at commit would never reach a page.
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        // Every page may be framed by the portal only; the embeddable demos also by the configured origins
        // (CSP frame-ancestors, which lists origins; X-Frame-Options cannot, so they go without it).
        RequestMatcher embed = PathPatternRequestMatcher.withDefaults().matcher(EmbedFraming.EMBED_PATHS);
        RequestMatcher notEmbed = new NegatedRequestMatcher(embed);
        headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        notEmbed, new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        notEmbed, new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        embed, new ContentSecurityPolicyHeaderWriter(policy(framing.embedDirective()))))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }

    /** Argon2id for new hashes; bcrypt hashes still verify (and any future change of algorithm stays possible). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return passwords();
    }

    static PasswordEncoder passwords() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }
}
