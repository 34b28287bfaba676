package com.lepton.caselibrary.content;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.Industry;
import java.util.List;

/**
 * One language's write-up of a case, parsed from {@code case-studies/ID.LANG.md}.
 *
 * @param id          the case id
 * @param language    {@code zh} or {@code en}
 * @param industry    the case's industry
 * @param title       the title
 * @param summary     the short summary
 * @param algorithm   the model family
 * @param dataType    the kind of data
 * @param liveDemo    whether the write-up says a live demo exists ({@code demo: live})
 * @param tags        keywords
 * @param dataName    the data set's name
 * @param dataOrigin  where the data set is installed from
 * @param dataLicence the data set's licence
 * @param dataUrl     the data set's home page
 * @param pipeline    one line per step of the seven-step pipeline
 * @param html        the body as sanitized HTML, formulas in {@code math-*} spans
 */
public record CaseStudyContent(
        String id,
        String language,
        Industry industry,
        String title,
        String summary,
        AlgorithmFamily algorithm,
        DataType dataType,
        boolean liveDemo,
        List<String> tags,
        String dataName,
        String dataOrigin,
        String dataLicence,
        String dataUrl,
        List<String> pipeline,
        String html)
        implements BilingualDocument {}
