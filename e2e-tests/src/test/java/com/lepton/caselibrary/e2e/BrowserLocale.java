package com.lepton.caselibrary.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The browser locale of a test (method wins over class); without it a test browses in en-US. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BrowserLocale {
    /** A BCP 47 tag such as {@code en-US} or {@code zh-CN}; it also sets the Accept-Language header. */
    String value();
}
