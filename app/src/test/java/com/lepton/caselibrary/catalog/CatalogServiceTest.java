package com.lepton.caselibrary.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.DataSource;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.content.CaseStudyLibrary;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * Replicas starting together on one database each find the catalogue empty and insert the same cases; the primary
 * key lets one win (seen in ReplicasBehindProxyIT as a duplicate key on {@code case_study}). The others must read
 * the table again and start, not stop.
 */
class CatalogServiceTest {

    private final Map<String, CaseEntry> table = new HashMap<>();
    private final List<String> transactions = new ArrayList<>();
    private final CaseEntryRepository repository = mock(CaseEntryRepository.class);

    @Test
    void aCaseAnotherReplicaInsertedMeanwhileIsReadAgainAndUpdated() {
        int[] refusals = {1};
        inTable(entry -> {
            if (refusals[0]-- > 0) {
                table.put(entry.getId(), new CaseEntry(entry.getId())); // the other replica's row
                throw new DataIntegrityViolationException("duplicate key value violates \"case_study_pkey\"");
            }
        });

        catalog().synchronize();

        assertThat(transactions).containsExactly("rollback", "commit");
        assertThat(table.get("some-case").isLiveDemo()).isTrue();
        assertThat(table.get("some-case").getPluginId()).isEqualTo("some-plugin");
    }

    @Test
    void anInsertThatKeepsFailingStopsTheStart() {
        inTable(entry -> {
            throw new DataIntegrityViolationException("some other constraint");
        });

        assertThatThrownBy(() -> catalog().synchronize())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessage("some other constraint");
        assertThat(transactions).containsExactly("rollback", "rollback", "rollback");
    }

    private interface Insert {
        void check(CaseEntry entry);
    }

    /** The repository over {@link #table}; {@code insert} decides what the database does with a save. */
    private void inTable(Insert insert) {
        when(repository.findById(any()))
                .thenAnswer(call -> Optional.ofNullable(table.get(call.<String>getArgument(0))));
        when(repository.findAll()).thenAnswer(call -> List.copyOf(table.values()));
        when(repository.save(any())).thenAnswer(call -> {
            CaseEntry entry = call.getArgument(0);
            insert.check(entry);
            table.put(entry.getId(), entry);
            return entry;
        });
    }

    private CatalogService catalog() {
        PluginHost plugins = mock(PluginHost.class);
        when(plugins.cases()).thenReturn(List.of(new LoadedCase("some-plugin", "1.0.0", null, descriptor(), null)));
        CaseStudyLibrary library = mock(CaseStudyLibrary.class);
        when(library.all()).thenReturn(Map.of());
        PlatformTransactionManager manager = mock(PlatformTransactionManager.class);
        when(manager.getTransaction(any())).thenAnswer(call -> new SimpleTransactionStatus());
        doAnswer(call -> transactions.add("commit")).when(manager).commit(any());
        doAnswer(call -> transactions.add("rollback")).when(manager).rollback(any());
        return new CatalogService(repository, plugins, library, null, manager);
    }

    private static CaseDescriptor descriptor() {
        return new CaseDescriptor(
                "some-case",
                Industry.TECHNOLOGY,
                LocalizedText.of("某个案例", "Some case"),
                LocalizedText.of("摘要", "A summary"),
                List.of("tag"),
                AlgorithmFamily.MLP,
                DataType.TIME_SERIES,
                new DataSource("readings", "written for this test", "CC0-1.0", "https://example.org/readings"));
    }
}
