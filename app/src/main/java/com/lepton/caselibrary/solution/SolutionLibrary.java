package com.lepton.caselibrary.solution;

import com.lepton.caselibrary.content.BilingualLibrary;
import com.lepton.caselibrary.content.InvalidDocumentException;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Every solution in both languages: the portal's own ({@code case-studies/solutions/}, packaged
 * under {@code solutions/}) and those that live plugins contribute ({@link
 * com.lepton.caselibrary.api.CaseStudyPlugin#solutions()}). A malformed one is logged and left out.
 */
@Service
public class SolutionLibrary extends BilingualLibrary<Solution> {

    private final SolutionParser parser;

    SolutionLibrary(SolutionParser parser, PluginHost plugins) {
        super(plugins, "solutions", "Solution");
        this.parser = parser;
        reload();
    }

    @Override
    protected Solution parse(String markdown) throws InvalidDocumentException {
        try {
            return parser.parse(markdown);
        } catch (RuntimeException e) {
            // A front-matter value the parser does not check for is as malformed as one it refuses.
            throw new SolutionParser.InvalidSolutionException(String.valueOf(e.getMessage()));
        }
    }

    @Override
    protected boolean isDocument(String fileName) {
        return fileName.matches(".*\\.(zh|en)\\.md");
    }

    @Override
    protected Collection<String> bundledIds(LoadedCase loadedCase) {
        return loadedCase.plugin().solutions();
    }

    /** Every solution in a language (or the other where it has only one), by industry then title. */
    public List<Solution> all(String language) {
        return allIn(language).stream()
                .sorted(Comparator.comparing(Solution::industry).thenComparing(Solution::title))
                .toList();
    }

    /** The solutions a case demonstrates. */
    public List<Solution> forCase(String caseId, String language) {
        return all(language).stream().filter(s -> s.cases().contains(caseId)).toList();
    }
}
