package com.lepton.caselibrary.demo;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Kept inputs; listings leave the bytes in the database. */
interface KeptInputRepository extends JpaRepository<KeptInput, Long> {

    @Query(
            "select new com.lepton.caselibrary.demo.KeptInputs$Summary(k.id, k.caseId, k.runId, k.inputKind, k.contentType, k.sizeBytes, k.createdAt)"
                    + " from KeptInput k order by k.caseId, k.createdAt desc")
    List<KeptInputs.Summary> summaries();

    long countByCaseId(String caseId);
}
