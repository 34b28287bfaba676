package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.pluginhost.LoadedCase;

/** The form of client data a case's fine-tuning takes, from the kind of input its demo takes. */
public enum DataForm {
    /** A zip with one folder of images per class. */
    IMAGES,
    /** A CSV with a text and a label column. */
    TEXTS,
    /** A CSV with a date and a value column: a forecasting case's own series (plugin-api 1.7.0). */
    SERIES,
    /** None the host can read. */
    NONE;

    /** What {@code loaded} takes: by its demo's input, and only when it offers the matching fine-tuning. */
    public static DataForm of(LoadedCase loaded) {
        var plugin = loaded.plugin();
        return switch (plugin.demo().inputKind()) {
            case IMAGE -> plugin.fineTuning().isPresent() ? IMAGES : NONE;
            case TEXT -> plugin.fineTuning().isPresent() ? TEXTS : NONE;
            case SERIES -> plugin.seriesFineTuning().isPresent() ? SERIES : NONE;
        };
    }
}
