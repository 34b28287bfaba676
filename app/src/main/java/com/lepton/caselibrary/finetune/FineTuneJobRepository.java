package com.lepton.caselibrary.finetune;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface FineTuneJobRepository extends JpaRepository<FineTuneJob, Long> {

    List<FineTuneJob> findByOwnerOrderByCreatedAtDesc(String owner);

    List<FineTuneJob> findByStateIn(Collection<FineTuneJob.State> states);

    List<FineTuneJob> findByState(FineTuneJob.State state);

    List<FineTuneJob> findByCaseIdAndState(String caseId, FineTuneJob.State state);

    List<FineTuneJob> findByOwnerAndCaseIdAndStateOrderByCreatedAtDesc(
            String owner, String caseId, FineTuneJob.State state);

    long countByStateIn(Collection<FineTuneJob.State> states);

    /**
     * A job read to be changed, its row locked until the transaction ends: replicas change a job one at a time, so
     * a cancel or takeover by one is never overwritten by another's progress.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from FineTuneJob j where j.id = :id")
    Optional<FineTuneJob> findLocked(long id);

    /** The holder says it still runs these jobs. */
    @Transactional
    @Modifying
    @Query("update FineTuneJob j set j.heartbeatAt = :now where j.holder = :holder and j.id in :ids")
    int beat(String holder, Collection<Long> ids, Instant now);

    /** A succeeded job's model: what a replica serves. */
    interface Served {
        long getId();

        String getCaseId();
    }

    @Query("select j.id as id, j.caseId as caseId from FineTuneJob j where j.state = :state")
    List<Served> findServedByState(FineTuneJob.State state);

    /** Which of these jobs still exist. */
    @Query("select j.id from FineTuneJob j where j.id in :ids")
    List<Long> findIdsIn(Collection<Long> ids);
}
