package com.lepton.caselibrary.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The index is built from sources that read the database. A database away during the build (PostgresRestartIT met
 * one under a loaded machine) used to leave search refusing every query until a restart; the build is tried again.
 */
class SearchServiceTest {

    @Test
    void aBuildThatMeetsTheDatabaseAwayIsTriedAgainUntilSearchAnswers() {
        AtomicInteger reads = new AtomicInteger();
        SearchDocumentSource database = () -> {
            if (reads.incrementAndGet() < 3) {
                throw new DataAccessResourceFailureException("Unable to acquire JDBC Connection");
            }
            return List.of();
        };
        @SuppressWarnings("unchecked")
        ObjectProvider<SearchDocumentSource> sources = mock(ObjectProvider.class);
        when(sources.orderedStream()).thenAnswer(call -> Stream.of(database));
        SearchService search = new SearchService(sources, new StandardEnvironment());
        search.retryAfter = Duration.ofMillis(10);

        search.buildUntilBuilt();

        assertThat(reads).hasValue(3);
        assertThat(search.isReady()).isTrue();
        assertThat(search.search(new SearchRequest("", Map.of(), false, 0, 10)).hits())
                .isEmpty();
    }
}
