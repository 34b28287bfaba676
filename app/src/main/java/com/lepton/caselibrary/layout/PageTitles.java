package com.lepton.caselibrary.layout;

import com.vaadin.flow.component.Component;

/** A page's title in the browser's tab and history: the page's own name, then the portal's. */
public final class PageTitles {

    private PageTitles() {}

    /** {@code name · Lepton Case Library}, in the page's language. */
    public static String of(Component page, String name) {
        return name + " · " + page.getTranslation("app.name");
    }
}
