package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoResult;
import com.vaadin.flow.component.Component;
import java.util.Locale;

/** A demo result drawn as the case page draws it (bars or a forecast chart), for other features' pages. */
public final class DemoResults {

    private DemoResults() {}

    /** What a refused run tells the visitor: the plugin's own words, or the portal's message for its key. */
    public static String message(DemoOutcome outcome, Locale locale) {
        return outcome.refusal().message(locale);
    }

    /** A successful run's result; a forecast with its uncertainty band when the model card gives one. */
    public static Component view(DemoOutcome outcome, Locale locale) {
        return switch (outcome.result()) {
            case DemoResult.Classification classification -> new ClassificationBars(classification, locale);
            case DemoResult.Forecast forecast -> new ForecastChart(forecast, outcome.band(), locale);
            case DemoResult.RiskSignal signal -> new RiskSignalView(signal, locale);
            case DemoResult.Anomalies anomalies -> new AnomalyChart(anomalies, locale);
        };
    }
}
