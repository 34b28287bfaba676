package com.lepton.caselibrary.e2e;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One instance of something costly (a portal, a browser) for the whole test run: started on first use, kept in
 * JUnit's root store, which closes it when the run ends, and replaced when the one there no longer works.
 */
final class RunWide {

    /** Apart from the class-level entries of the same namespace, which are keyed by type. */
    private static final String KEY = "run-wide";

    private RunWide() {}

    static synchronized <T extends AutoCloseable> T get(
            ExtensionContext context,
            ExtensionContext.Namespace namespace,
            Class<T> type,
            Predicate<T> works,
            Supplier<T> start) {
        ExtensionContext.Store root = context.getRoot().getStore(namespace);
        T current = root.get(KEY, type);
        if (current != null && works.test(current)) {
            return current;
        }
        if (current != null) {
            try {
                current.close();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot close the run's broken " + type.getSimpleName(), e);
            }
        }
        T started = start.get();
        root.put(KEY, started);
        return started;
    }
}
