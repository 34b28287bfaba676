package com.lepton.caselibrary.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser journey against the packaged portal: the portal is started for the class (then Chromium), and each
 * test gets a fresh browser context. Test methods take {@code PortalProcess portal, Page page}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith({PortalExtension.class, BrowserExtension.class})
public @interface PortalJourney {}
