package com.lepton.caselibrary.catalog;

import com.lepton.caselibrary.api.Industry;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The catalog table. */
public interface CaseEntryRepository extends JpaRepository<CaseEntry, String> {

    List<CaseEntry> findByIndustryOrderByIdAsc(Industry industry);
}
