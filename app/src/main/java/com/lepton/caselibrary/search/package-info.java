/**
 * Full-text search with Hibernate Search on embedded Lucene (smartcn for Chinese, English analyzer): one
 * {@code SearchDocument} type filled by the features' {@code SearchDocumentSource} beans, and the search page.
 */
package com.lepton.caselibrary.search;
