package com.lepton.caselibrary.guide;

import java.util.List;

/**
 * One page of the guide in one language, parsed from {@code guide/SLUG.LANG.md}.
 *
 * @param slug         the page's address under {@code /guide/}
 * @param language     {@code zh} or {@code en}
 * @param order        the page's place in the guide's navigation
 * @param title        the title
 * @param summary      one sentence under the title
 * @param seedSections the numbered sections of the customer's article that the page covers
 * @param html         the body as sanitized HTML, formulas in {@code math-*} spans, inserts as {@code [[...]]}
 */
public record GuidePage(
        String slug,
        String language,
        int order,
        String title,
        String summary,
        List<String> seedSections,
        String html) {}
