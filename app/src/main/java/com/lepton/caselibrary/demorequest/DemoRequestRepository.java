package com.lepton.caselibrary.demorequest;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DemoRequestRepository extends JpaRepository<DemoRequest, Long> {

    List<DemoRequest> findTop500ByOrderByCreatedAtDesc();

    List<DemoRequest> findTop500ByStatusOrderByCreatedAtDesc(DemoRequest.Status status);
}
