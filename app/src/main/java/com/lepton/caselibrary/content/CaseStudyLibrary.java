package com.lepton.caselibrary.content;

import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * All case write-ups, in both languages: the ones packaged with the portal (from the top-level
 * {@code case-studies/} folder) and the ones each plugin bundles, which take precedence for
 * their own case. Parsed once; a malformed write-up is logged and left out.
 */
@Service
public class CaseStudyLibrary extends BilingualLibrary<CaseStudyContent> {

    private final CaseStudyParser parser;

    public CaseStudyLibrary(CaseStudyParser parser, PluginHost plugins) {
        super(plugins, "case-studies", "Case study");
        this.parser = parser;
        reload();
    }

    @Override
    protected CaseStudyContent parse(String markdown) throws CaseStudyParser.InvalidCaseStudyException {
        return parser.parse(markdown);
    }

    @Override
    protected boolean isDocument(String fileName) {
        return !fileName.equalsIgnoreCase("README.md");
    }

    @Override
    protected Collection<String> bundledIds(LoadedCase loadedCase) {
        return List.of(loadedCase.caseId());
    }

    /** Every case id with a write-up, and its write-ups by language. */
    public Map<String, Map<String, CaseStudyContent>> all() {
        return Map.copyOf(byId());
    }
}
