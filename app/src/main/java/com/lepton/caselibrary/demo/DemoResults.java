package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoResult;
import com.vaadin.flow.component.Component;
import java.util.Locale;

/** A demo result drawn as the case page draws it (bars or a forecast chart), for other features' pages. */
public final class DemoResults {

    private DemoResults() {
    }

    public static Component view(DemoResult result, Locale locale) {
        return switch (result) {
            case DemoResult.Classification classification -> new ClassificationBars(classification, locale);
            case DemoResult.Forecast forecast -> new ForecastChart(forecast, locale);
        };
    }
}
