package com.lepton.caselibrary.plugins.lineanomaly;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.lepton.caselibrary.testkit.ShippedModelFiles;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The card's dataset text is read by people: figures by their names, not by their keys in the metrics map. */
class CardTextTest {

    /** A key as code writes it: {@code linearAr}, {@code weatherLstm.*}, {@code auroc.CLASS}. */
    private static final String CODE_NAME = "(?s).*(\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[a-z]+\\.([A-Z]+|\\*)).*";

    @Test
    void theDatasetTextNamesNoKeysInEitherLanguage() throws IOException {
        JsonObject card = ShippedModelFiles.card(LineAnomalyCase.class, LineAnomalyCase.MODEL_PATH);
        String english = card.get("dataset").getAsString();
        String chinese = card.getAsJsonObject("translations")
                .getAsJsonObject("zh-CN")
                .get("dataset")
                .getAsString();

        assertThat(english).doesNotMatch(CODE_NAME);
        assertThat(chinese).doesNotMatch(CODE_NAME);
    }
}
