package com.lepton.caselibrary.casepage;

import java.util.List;

/**
 * Pages elsewhere in the portal that belong with a case (the solutions it demonstrates, ...). A
 * feature declares one as a bean and the case page lists its links, without depending on it.
 */
public interface RelatedPages {

    /** A link: the path relative to the portal root and its text in the visitor's language. */
    record Link(String path, String text) {}

    /** The translation key of the section's heading. */
    String headingKey();

    /** The links for this case, in the language {@code zh} or {@code en}. */
    List<Link> linksFor(String caseId, String language);
}
