package com.lepton.caselibrary.catalog;

import com.lepton.caselibrary.api.Industry;
import com.vaadin.flow.component.html.Anchor;
import java.util.Locale;

/** A link to an industry's page ({@code industries/finance}), named in the visitor's language. */
public class IndustryLink extends Anchor {

    public IndustryLink(Industry industry) {
        super(path(industry), "");
        setText(getTranslation("industry." + industry.name()));
    }

    /** The industry's page, relative to the portal's root. */
    static String path(Industry industry) {
        return "industries/" + industry.name().toLowerCase(Locale.ROOT);
    }
}
