package com.lepton.caselibrary.deck;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;

/**
 * One slide of a deck: a case, the sample its demo runs on (through the shipped model or the deck owner's client
 * model), and what the consultant says about it.
 */
@Entity
@Table(name = "deck_item")
@Getter
public class DeckItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "deck_id")
    @Getter(AccessLevel.NONE)
    private Deck deck;

    private int position;

    private String caseId;

    private String sampleId;

    private String notes;

    /** The deck owner's client model (a fine-tuning job's id) the slide runs, or null for the shipped model. */
    private Long clientModel;

    protected DeckItem() {}

    DeckItem(Deck deck, int position, String caseId, String sampleId, String notes, Long clientModel) {
        this.deck = deck;
        this.position = position;
        this.caseId = caseId;
        this.sampleId = sampleId;
        this.notes = notes;
        this.clientModel = clientModel;
    }

    void setPosition(int position) {
        this.position = position;
    }

    /** Whose deck the slide is on: only that consultant's client models may run on it. */
    String deckOwner() {
        return deck.getOwner();
    }
}
