package com.lepton.caselibrary.deck;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeckRepository extends JpaRepository<Deck, Long> {

    List<Deck> findByOwnerOrderByUpdatedAtDesc(String owner);

    @EntityGraph(attributePaths = "items")
    Optional<Deck> findWithItemsById(Long id);

    @EntityGraph(attributePaths = "items")
    Optional<Deck> findByShareToken(String shareToken);
}
