package com.lepton.caselibrary.finetune;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FineTuneJobRepository extends JpaRepository<FineTuneJob, Long> {

    List<FineTuneJob> findByOwnerOrderByCreatedAtDesc(String owner);

    List<FineTuneJob> findByStateIn(Collection<FineTuneJob.State> states);

    List<FineTuneJob> findByState(FineTuneJob.State state);

    List<FineTuneJob> findByCaseIdAndState(String caseId, FineTuneJob.State state);

    List<FineTuneJob> findByOwnerAndCaseIdAndStateOrderByCreatedAtDesc(
            String owner, String caseId, FineTuneJob.State state);

    long countByStateIn(Collection<FineTuneJob.State> states);
}
