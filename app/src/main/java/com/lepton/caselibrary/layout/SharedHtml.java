package com.lepton.caselibrary.layout;

import com.vaadin.flow.component.Component;
import java.util.Map;
import org.springframework.util.ConcurrentReferenceHashMap;
import org.springframework.web.util.HtmlUtils;

/**
 * Server-rendered HTML (charts, tables, static text) set as an element's {@code innerHTML}, one copy for every
 * page that shows the same: each Vaadin session keeps its elements' properties, and the same case in the same
 * language renders the same strings, several KB each. Soft references, so HTML nobody shows any more can go.
 */
public final class SharedHtml {

    private static final Map<String, String> COPIES = new ConcurrentReferenceHashMap<>();

    private SharedHtml() {}

    /** Sets the component's {@code innerHTML} to {@code html} (already safe), sharing one copy of equal HTML. */
    public static void set(Component component, String html) {
        component.getElement().setProperty("innerHTML", shared(html));
    }

    /** Text as HTML: escaped, and {@code null} as nothing (UTF-8, so Chinese text stays as it is). */
    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    static String shared(String html) {
        String copy = COPIES.putIfAbsent(html, html);
        return copy == null ? html : copy;
    }
}
