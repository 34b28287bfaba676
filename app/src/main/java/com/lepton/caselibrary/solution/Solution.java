package com.lepton.caselibrary.solution;

import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.content.BilingualDocument;
import java.util.List;

/**
 * One language's description of a solution: an offering for an industry problem, parsed from
 * {@code case-studies/solutions/ID.LANG.md} (or a plugin's {@code solutions/ID.LANG.md}).
 *
 * @param id          the solution's id
 * @param language    {@code zh} or {@code en}
 * @param industry    the industry it serves
 * @param title       its name
 * @param summary     one or two sentences
 * @param cases       the ids of the cases that demonstrate it (some may not be installed)
 * @param pipeline    the reference architecture: this solution's choice at each of the seven steps
 * @param dataNeeds   the data a client must bring
 * @param risks       typical risks and how they are handled
 * @param peakLoad    the typical peak load to size for, in requests per second (an assumption the
 *                    visitor can change; the capacity per core is measured, never written here)
 * @param html        the body (the business problem and more) as sanitized HTML
 */
public record Solution(
        String id,
        String language,
        Industry industry,
        String title,
        String summary,
        List<String> cases,
        List<String> pipeline,
        List<String> dataNeeds,
        List<String> risks,
        int peakLoad,
        String html)
        implements BilingualDocument {}
