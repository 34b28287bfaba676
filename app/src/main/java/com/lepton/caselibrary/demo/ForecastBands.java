package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.ErrorInterval;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The held-out error interval of each forecasting case, read once per plugin version from the
 * test forecast on its model card; a card without one (or unreadable) gives forecasts no band.
 */
final class ForecastBands {

    private static final Logger log = LoggerFactory.getLogger(ForecastBands.class);
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Optional<ErrorInterval>> intervals = new ConcurrentHashMap<>();

    /** The band around a forecast result of this case; empty for classifications and cards without a test forecast. */
    Optional<ForecastBand> of(LoadedCase loaded, DemoResult result) {
        if (!(result instanceof DemoResult.Forecast forecast)) {
            return Optional.empty();
        }
        String key = loaded.caseId() + "@" + loaded.pluginId() + ":"
                + loaded.plugin().model().version();
        return intervals
                .computeIfAbsent(key, unused -> interval(loaded))
                .map(interval -> ForecastBand.around(forecast.forecast(), interval));
    }

    private Optional<ErrorInterval> interval(LoadedCase loaded) {
        try {
            return loaded.resource(loaded.plugin().model().modelCardPath())
                    .map(bytes -> json.readValue(bytes, ModelCard.class))
                    .flatMap(card -> Optional.ofNullable(card.testForecast()))
                    .flatMap(test -> test.errorInterval(ForecastBand.COVERAGE));
        } catch (RuntimeException e) {
            log.warn(
                    "Model card of {} cannot be read, its forecasts get no uncertainty band: {}",
                    loaded.caseId(),
                    e.getMessage());
            return Optional.empty();
        }
    }
}
