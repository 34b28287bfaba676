package com.lepton.caselibrary.finetune;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FineTuneJobRepository extends JpaRepository<FineTuneJob, Long> {

    List<FineTuneJob> findByOwnerOrderByCreatedAtDesc(String owner);

    List<FineTuneJob> findByStateIn(Collection<FineTuneJob.State> states);

    long countByStateIn(Collection<FineTuneJob.State> states);
}
