package com.lepton.caselibrary.deck;

import com.lepton.caselibrary.demo.BatchDemoService;
import com.lepton.caselibrary.demo.DemoOutcome;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.finetune.ClientModels;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decks: consultants build them, warm their models, present them, and share a read-only link.
 * A deck belongs to the consultant who made it; administrators may open any.
 */
@Service
@RequiredArgsConstructor
public class DeckService {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");
    static final int MAX_TITLE = 200;
    static final int MAX_NOTES = 2000;

    private final DeckRepository decks;
    private final DemoService demos;
    private final BatchDemoService batches;
    private final ClientModels clientModels;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Who is asking: the user's name, and whether they administer the portal. */
    public record User(String name, boolean admin) {}

    @Transactional(readOnly = true)
    public List<Deck> decksOf(User user) {
        return decks.findByOwnerOrderByUpdatedAtDesc(user.name());
    }

    @Transactional
    public Deck create(User user, String title, String client) {
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > MAX_TITLE) {
            throw new DeckException("deck.error.title");
        }
        String forClient = client == null ? "" : client.strip();
        if (forClient.length() > MAX_TITLE) {
            throw new DeckException("deck.error.client");
        }
        return decks.save(new Deck(user.name(), name, forClient, clock.instant()));
    }

    /** The deck with its slides, if it exists and the user may open it. */
    @Transactional(readOnly = true)
    public Optional<Deck> open(long id, User user) {
        return decks.findWithItemsById(id)
                .filter(deck -> user.admin() || deck.getOwner().equals(user.name()));
    }

    /** The deck behind a share link; a malformed or unknown token finds nothing. */
    @Transactional(readOnly = true)
    public Optional<Deck> shared(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return decks.findByShareToken(token);
    }

    /** Adds a slide for a live case, with one of its shipped samples. */
    @Transactional
    public Deck addSlide(long id, User user, String caseId, String sampleId, String notes) {
        return addSlide(id, user, caseId, sampleId, notes, null);
    }

    /**
     * Adds a slide for a live case, with one of its shipped samples, run by the deck owner's client model of that
     * case ({@code clientModel}, a fine-tuning job's id) or, when null, by the shipped model.
     */
    @Transactional
    public Deck addSlide(long id, User user, String caseId, String sampleId, String notes, Long clientModel) {
        Deck deck = editable(id, user);
        if (clientModel != null
                && clientModels.forDeck(caseId, clientModel, deck.getOwner()).isEmpty()) {
            throw new DeckException("deck.error.client-model");
        }
        LoadedCase loaded = demos.liveCase(caseId).orElseThrow(() -> new DeckException("deck.error.case"));
        if (sampleId == null || BatchDemoService.allSamples(loaded).stream().noneMatch(s -> s.id().equals(sampleId))) {
            throw new DeckException("deck.error.sample");
        }
        String text = notes == null ? "" : notes.strip();
        if (text.length() > MAX_NOTES) {
            throw new DeckException("deck.error.notes");
        }
        deck.add(caseId, sampleId, text, clientModel, clock.instant());
        return deck;
    }

    @Transactional
    public Deck moveSlide(long id, User user, int index, int delta) {
        Deck deck = editable(id, user);
        deck.move(index, delta, clock.instant());
        return deck;
    }

    @Transactional
    public Deck removeSlide(long id, User user, int index) {
        Deck deck = editable(id, user);
        deck.remove(index, clock.instant());
        return deck;
    }

    /** The deck's read-only link token, made on first use. */
    @Transactional
    public String share(long id, User user) {
        Deck deck = editable(id, user);
        if (deck.getShareToken() == null) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            deck.share(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), clock.instant());
        }
        return deck.getShareToken();
    }

    /**
     * Runs a slide's preset sample (call off the UI thread), through the deck owner's client model when the slide
     * names one: whoever presents the deck or opens its share link sees that model's answer.
     */
    public DemoOutcome run(DeckItem slide, Requester visitor) {
        Optional<LoadedCase> live = demos.liveCase(slide.getCaseId());
        if (live.isPresent() && slide.getClientModel() != null) {
            return clientModels
                    .forDeck(slide.getCaseId(), slide.getClientModel(), slide.deckOwner())
                    .map(model -> demos.runSample(live.get(), model, visitor, slide.getSampleId()))
                    .orElseGet(() -> DemoOutcome.withdrawn());
        }
        return live.map(loaded -> BatchDemoService.isBatchSample(loaded, slide.getSampleId())
                        ? batches.runSample(loaded, visitor, slide.getSampleId())
                        : demos.runSample(loaded, visitor, slide.getSampleId()))
                .orElseGet(() -> DemoOutcome.withdrawn());
    }

    /** The deck owner's client models of a case, for the editor's choice. */
    public List<ClientModels.Offered> clientModelsOf(String owner, String caseId) {
        return clientModels.offeredTo(owner, caseId);
    }

    /** The client a slide's model is named for, while it exists. */
    public Optional<String> clientOf(DeckItem slide) {
        return Optional.ofNullable(slide.getClientModel()).flatMap(clientModels::clientOf);
    }

    /** Runs every slide's sample at once (each a turn in the pool), so all the deck's models are loaded and warm. */
    public CompletableFuture<List<DemoOutcome>> warm(List<DeckItem> slides, Requester visitor) {
        List<CompletableFuture<DemoOutcome>> runs = slides.stream()
                .map(slide -> demos.submit(() -> run(slide, visitor)))
                .toList();
        return CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new))
                .thenApply(done -> runs.stream().map(CompletableFuture::join).toList());
    }

    /** The case behind a slide, while its plugin is live. */
    public Optional<LoadedCase> liveCase(String caseId) {
        return demos.liveCase(caseId);
    }

    private Deck editable(long id, User user) {
        return decks.findWithItemsById(id)
                .filter(deck -> deck.getOwner().equals(user.name()) || user.admin())
                .orElseThrow(() -> new DeckException("deck.error.notfound"));
    }
}
