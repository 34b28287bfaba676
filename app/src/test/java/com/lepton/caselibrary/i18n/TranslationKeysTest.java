package com.lepton.caselibrary.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A key present in one language and missing in another shows the raw key to half the visitors. */
class TranslationKeysTest {

    @Test
    void everyTranslationFileHoldsTheSameKeys() throws IOException {
        Set<String> fallback = keys("translations.properties");
        Set<String> english = keys("translations_en.properties");
        Set<String> chinese = keys("translations_zh_CN.properties");

        assertThat(difference(english, chinese)).as("keys in English only").isEmpty();
        assertThat(difference(chinese, english)).as("keys in Chinese only").isEmpty();
        assertThat(difference(english, fallback))
                .as("keys missing from the fallback file")
                .isEmpty();
        assertThat(difference(fallback, english))
                .as("keys in the fallback file only")
                .isEmpty();
    }

    @Test
    void noTranslationIsBlank() throws IOException {
        for (String file : new String[] {"translations_en.properties", "translations_zh_CN.properties"}) {
            Properties properties = load(file);
            assertThat(properties.stringPropertyNames())
                    .as("blank values in " + file)
                    .filteredOn(key -> properties.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(String file) throws IOException {
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
