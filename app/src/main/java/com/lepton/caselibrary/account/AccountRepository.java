package com.lepton.caselibrary.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    boolean existsByRole(Role role);

    List<Account> findAllByOrderByUsernameAsc();
}
