package com.lepton.caselibrary.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser journey against the packaged portal; each test gets a fresh browser context. Test methods take
 * {@code PortalProcess portal, Page page}.
 *
 * <p>By default the class runs against the <b>shared portal</b>: one portal started for the whole test run (on the
 * first class that needs it) and stopped at its end, so a new journey costs no portal start. That suits a journey
 * that only adds what nobody else counts: its own accounts (give them names of their own), decks, demo runs. Set
 * {@code ownPortal = true} when the journey changes what other journeys see or need: installs, uninstalls, disables
 * or upgrades plugins, makes folders read-only, stops the portal, or needs settings of its own; it then gets a
 * portal started for the class and stopped after it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith({PortalExtension.class, BrowserExtension.class})
public @interface PortalJourney {

    /** True: a portal of this class's own (fresh database and data folder) instead of the shared one. */
    boolean ownPortal() default false;
}
