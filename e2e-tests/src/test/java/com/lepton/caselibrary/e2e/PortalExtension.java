package com.lepton.caselibrary.e2e;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class its portal ({@link PortalProcess}) as a parameter: the shared portal of the whole run, or with
 * {@code @PortalJourney(ownPortal = true)} one started before the class and stopped after it (see
 * {@link PortalJourney}). With {@code -De2e.base.url=...} the tests use a portal that is already running instead.
 */
public final class PortalExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PortalExtension.class);

    /**
     * The shared portal's settings. Journeys of several classes run demos from the same client address one after
     * another, so the per-address quota is raised above what they run in a minute together; no journey tests the
     * quota (the app's DemoRateLimiterTest and its ITs do). The embeddable demos may be framed by one partner
     * site ({@link PartnerSites}, {@code EmbedJourneyIT}).
     */
    static final List<String> SHARED_SETTINGS = List.of(
            "--lepton.demo.runs-per-minute=600", "--lepton.embed.frame-ancestors=" + PartnerSites.allowedOrigin());

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        PortalJourney journey = testClass.getAnnotation(PortalJourney.class);
        boolean own = journey != null && journey.ownPortal();
        PortalProcess portal = E2eSettings.externalBaseUrl()
                .map(PortalProcess::external)
                .orElseGet(() -> own ? PortalProcess.start(testClass.getSimpleName()) : shared(context));
        context.getStore(NS).put(PortalProcess.class, portal);
        context.getStore(NS).put("own", own);
    }

    /** The run's shared portal ({@link RunWide}); the root store's closing stops it and drops its database. */
    static PortalProcess shared(ExtensionContext context) {
        return RunWide.get(
                context,
                NS,
                PortalProcess.class,
                PortalProcess::isAlive,
                () -> PortalProcess.start("shared", 0, SHARED_SETTINGS));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        PortalProcess portal = context.getStore(NS).remove(PortalProcess.class, PortalProcess.class);
        if (portal != null && Boolean.TRUE.equals(context.getStore(NS).get("own", Boolean.class))) {
            portal.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PortalProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NS).get(PortalProcess.class, PortalProcess.class);
    }
}
