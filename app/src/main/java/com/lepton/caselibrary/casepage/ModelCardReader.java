package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads a plugin's model card JSON; a broken card is logged and shown as missing. */
@Component
public class ModelCardReader {

    private static final Logger log = LoggerFactory.getLogger(ModelCardReader.class);
    private final JsonMapper json = JsonMapper.builder().build();

    public Optional<ModelCard> read(LoadedCase loaded) {
        return loaded.resource(loaded.plugin().model().modelCardPath()).flatMap(bytes -> parse(bytes, loaded.caseId()));
    }

    /** A card's JSON; cards written before an optional section (such as {@code testForecast}) existed read with it {@code null}. */
    Optional<ModelCard> parse(byte[] bytes, String caseId) {
        try {
            return Optional.of(json.readValue(bytes, ModelCard.class));
        } catch (RuntimeException e) {
            log.warn("Model card of {} cannot be read: {}", caseId, e.getMessage());
            return Optional.empty();
        }
    }
}
