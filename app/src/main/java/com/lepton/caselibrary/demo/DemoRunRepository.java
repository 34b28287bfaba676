package com.lepton.caselibrary.demo;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The demo run history. */
public interface DemoRunRepository extends JpaRepository<DemoRun, Long> {

    @Query("select count(r) from DemoRun r where r.caseId = ?1 and r.outcome = 'SUCCESS'")
    long countSuccesses(String caseId);

    @Query("select r.computeMs from DemoRun r where r.caseId = ?1 and r.outcome = 'SUCCESS' order by r.createdAt desc")
    List<Long> recentComputeMs(String caseId, Limit limit);

    List<DemoRun> findByCaseIdOrderByCreatedAtDesc(String caseId, Limit limit);

    /** The latest runs that ended with one of {@code outcomes}, for the operations page. */
    List<DemoRun> findByOutcomeInOrderByCreatedAtDesc(List<String> outcomes, Limit limit);
}
