package com.lepton.caselibrary.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same two analyzers on an Elasticsearch or OpenSearch cluster: its built-in {@code english}
 * analyzer and {@code smartcn} from the {@code analysis-smartcn} plugin, which the cluster must have.
 */
public final class ElasticsearchAnalyzers implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalyzers.CHINESE).type("smartcn");
        context.analyzer(SearchAnalyzers.ENGLISH).type("english");
    }
}
