package com.lepton.caselibrary.deck;

import com.lepton.caselibrary.persistence.CreatedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;

/** A consultant's deck for one client: cases in order, each with a preset sample and talking points. */
@Entity
@Table(name = "deck")
@Getter
public class Deck extends CreatedEntity {

    private String owner;

    private String title;

    private String client;

    private String shareToken;

    private Instant updatedAt;

    @OneToMany(mappedBy = "deck", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DeckItem> items = new ArrayList<>();

    protected Deck() {}

    Deck(String owner, String title, String client, Instant now) {
        super(now);
        this.owner = owner;
        this.title = title;
        this.client = client;
        this.updatedAt = now;
    }

    public List<DeckItem> getItems() {
        return List.copyOf(items);
    }

    void add(String caseId, String sampleId, String notes, Long clientModel, Instant now) {
        items.add(new DeckItem(this, items.size(), caseId, sampleId, notes, clientModel));
        updatedAt = now;
    }

    /** Moves the item at {@code index} by {@code delta} places, keeping positions 0..n-1. */
    void move(int index, int delta, Instant now) {
        int target = index + delta;
        if (index < 0 || index >= items.size() || target < 0 || target >= items.size()) {
            return;
        }
        items.add(target, items.remove(index));
        renumber();
        updatedAt = now;
    }

    void remove(int index, Instant now) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
            renumber();
            updatedAt = now;
        }
    }

    void share(String token, Instant now) {
        shareToken = token;
        updatedAt = now;
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setPosition(i);
        }
    }
}
