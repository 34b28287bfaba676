package com.lepton.caselibrary.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Tracing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Chromium for the whole run, one browser context per test. Tests take a {@link Page} (or the
 * {@link BrowserContext}) as a parameter. Each test is traced; the trace is saved to
 * {@code target/e2e/traces/<Class>.<method>.zip} only when the test failed, together with a full-page picture of
 * the moment in {@code target/e2e/failures/}. Open a trace with {@code npx playwright show-trace <zip>} or on
 * trace.playwright.dev (the file stays on your machine).
 */
public final class BrowserExtension
        implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final double DEFAULT_TIMEOUT_MS = 30_000;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put(BrowserSession.class, shared(context));
    }

    /** The run's Chromium ({@link RunWide}): a launch with its Playwright driver cost about 1.4 s a class. */
    private static BrowserSession shared(ExtensionContext context) {
        return RunWide.get(
                context, NS, BrowserSession.class, session -> session.browser().isConnected(), BrowserSession::launch);
    }

    /** The class's contexts (its pages, their Vaadin sessions and push connections) close with the class. */
    @Override
    public void afterAll(ExtensionContext context) {
        BrowserSession session = context.getStore(NS).remove(BrowserSession.class, BrowserSession.class);
        if (session != null) {
            session.closeContexts();
        }
    }

    /**
     * A test's context and page, made when it first asks for one: tests that share one page across many checks
     * (AccessibilityIT) do not pay for an unused context each time.
     */
    private static Object contextOrPage(Class<?> type, ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NS);
        if (store.get(Page.class) == null) {
            BrowserSession session = store.get(BrowserSession.class, BrowserSession.class);
            BrowserContext browserContext = session.newContext(locale(context), testName(context));
            Page page = browserContext.newPage();
            page.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
            store.put(BrowserContext.class, browserContext);
            store.put(Page.class, page);
        }
        return store.get(type);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserContext browserContext = context.getStore(NS).remove(BrowserContext.class, BrowserContext.class);
        Page page = context.getStore(NS).remove(Page.class, Page.class);
        if (browserContext == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                String name = testName(context);
                Path out = E2eSettings.outputDir();
                Path trace = out.resolve("traces").resolve(name + ".zip");
                if (page != null && !page.isClosed()) {
                    try {
                        Path picture = out.resolve("failures").resolve(name + ".png");
                        page.screenshot(
                                new Page.ScreenshotOptions().setPath(picture).setFullPage(true));
                        System.out.println("[e2e] " + name + " failed at " + page.url() + "; screenshot " + picture);
                    } catch (RuntimeException e) {
                        System.out.println("[e2e] no failure screenshot for " + name + ": " + e.getMessage());
                    }
                }
                createDirectories(trace.getParent());
                browserContext.tracing().stop(new Tracing.StopOptions().setPath(trace));
                System.out.println("[e2e] " + name + " failed; trace " + trace);
            } else {
                browserContext.tracing().stop();
            }
        } finally {
            browserContext.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == BrowserContext.class || type == BrowserSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        Object value = type == BrowserSession.class ? context.getStore(NS).get(type) : contextOrPage(type, context);
        if (value == null) {
            throw new IllegalStateException(type.getSimpleName() + " is only available inside a test method");
        }
        return value;
    }

    static String testName(ExtensionContext context) {
        String method = context.getTestMethod().map(m -> m.getName()).orElse("all");
        String name = context.getRequiredTestClass().getSimpleName() + "." + method;
        return name.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    private static String locale(ExtensionContext context) {
        Optional<BrowserLocale> onMethod = context.getTestMethod().map(m -> m.getAnnotation(BrowserLocale.class));
        Optional<BrowserLocale> onClass = context.getTestClass().map(c -> c.getAnnotation(BrowserLocale.class));
        return onMethod.or(() -> onClass).map(BrowserLocale::value).orElse(BrowserSession.DEFAULT_LOCALE);
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
