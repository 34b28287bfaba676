package com.lepton.caselibrary.search;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The two analyzers on the embedded Lucene backend: Lucene's smartcn word segmenter for Chinese
 * (with its stop words) and Lucene's English analyzer (stemming, stop words, lower case).
 */
public final class SearchAnalyzers implements LuceneAnalysisConfigurer {

    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE).instance(new SmartChineseAnalyzer());
        context.analyzer(ENGLISH).instance(new EnglishAnalyzer());
    }
}
