package com.lepton.caselibrary.e2e;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the packaged portal ({@link PortalProcess}) once before a test class and stops it after; tests take the
 * {@link PortalProcess} as a parameter for its URLs. With {@code -De2e.base.url=...} the tests use a portal that
 * is already running instead.
 */
public final class PortalExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PortalExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        PortalProcess portal = E2eSettings.externalBaseUrl()
                .map(PortalProcess::external)
                .orElseGet(
                        () -> PortalProcess.start(context.getRequiredTestClass().getSimpleName()));
        context.getStore(NS).put(PortalProcess.class, portal);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        PortalProcess portal = context.getStore(NS).remove(PortalProcess.class, PortalProcess.class);
        if (portal != null) {
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
