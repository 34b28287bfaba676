package com.lepton.caselibrary.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Views carry their own access annotations ({@code @AnonymousAllowed},
 * {@code @RolesAllowed}), checked by Vaadin's navigation access control; the URL rules here cover
 * what is not a view. Anything not listed is refused.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Vaadin's client runs {@code executeJs} through {@code new Function} and its bootstrap page has
     * inline scripts, hence 'unsafe-eval' and 'unsafe-inline' for scripts; Lumo and KaTeX set inline
     * styles; drawings, heatmaps and charts are data: and blob: images. Nothing loads from elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
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
            "frame-ancestors 'self'");

    /**
     * Actuator: health (status only unless signed in as administrator) is open for load balancers;
     * the rest is for administrators, signed in to the portal or with HTTP Basic (for scrapers).
     */
    @Bean
    @Order(1)
    SecurityFilterChain operationsEndpoints(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
                                .permitAll()
                                .anyRequest()
                                .hasRole(Role.ADMIN.name()))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable())
                .headers(this::headers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // The public REST API and the inference protocol: anonymous, limited by the demo quotas.
                .requestMatchers("/api/**", "/v2/**")
                .permitAll()
                .requestMatchers("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui.html", "/swagger-ui/**")
                .permitAll()
                .requestMatchers("/styles/**", "/webjars/**", "/error")
                .permitAll());
        // Stateless JSON calls carry no session cookie worth forging; the views keep CSRF protection.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/v2/**"));
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
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }

    /** Argon2id for new hashes; bcrypt hashes still verify (and any future change of algorithm stays possible). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }
}
