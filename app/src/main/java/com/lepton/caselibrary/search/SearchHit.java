package com.lepton.caselibrary.search;

/**
 * One result, in the visitor's language where the document has it.
 *
 * @param kind        case, solution or guide page
 * @param path        where it opens in the portal, relative to the root (e.g. {@code cases/ID})
 * @param title       its title
 * @param snippetHtml a passage around the words found: the document's text HTML-escaped, the
 *                    matched words wrapped in {@code <mark>}; nothing else is markup
 * @param industry    its industry's enum name, or {@code null}
 * @param algorithm   its model family's enum name, or {@code null}
 * @param dataType    its data type's enum name, or {@code null}
 * @param demo        {@code LIVE} or {@code WRITE_UP} for cases, else {@code null}
 * @param score       the relevance score (higher is better)
 */
public record SearchHit(
        SearchKind kind,
        String path,
        String title,
        String snippetHtml,
        String industry,
        String algorithm,
        String dataType,
        String demo,
        float score) {}
