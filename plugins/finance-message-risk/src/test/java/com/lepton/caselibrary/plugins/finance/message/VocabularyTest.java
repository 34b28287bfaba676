package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

    // "free" 3x, "money" 2x, "click" 2x, "now" 1x
    private final Vocabulary vocabulary = Vocabulary.build(
            List.of(List.of("free", "money", "now"), List.of("free", "click", "money"), List.of("click", "free")),
            10,
            2);

    @Test
    void startsWithPaddingAndUnknownThenMostFrequentFirstTiesAlphabetically() {
        assertThat(vocabulary.size()).isEqualTo(5);
        assertThat(List.of(
                        vocabulary.token(0),
                        vocabulary.token(1),
                        vocabulary.token(2),
                        vocabulary.token(3),
                        vocabulary.token(4)))
                .containsExactly("<pad>", "<unk>", "free", "click", "money");
    }

    @Test
    void mapsRareAndUnseenTokensToTheUnknownId() {
        assertThat(vocabulary.id("now")).isEqualTo(Vocabulary.UNKNOWN_ID); // seen once, below the minimum count
        assertThat(vocabulary.id("lottery")).isEqualTo(Vocabulary.UNKNOWN_ID);
        assertThat(vocabulary.id("free")).isEqualTo(2);
    }

    @Test
    void keepsAtMostMaxSizeIds() {
        Vocabulary small = Vocabulary.build(List.of(List.of("a", "a", "b", "b", "c", "c")), 3, 1);

        assertThat(small.size()).isEqualTo(3);
        assertThat(small.token(2)).isEqualTo("a");
    }

    @Test
    void padsShortMessagesAtTheEnd() {
        assertThat(vocabulary.encode(List.of("free", "lottery", "money"), 6)).containsExactly(2, 1, 4, 0, 0, 0);
    }

    @Test
    void cutsLongMessagesAfterTheFirstTokens() {
        assertThat(vocabulary.encode(List.of("click", "free", "money", "free", "click"), 3))
                .containsExactly(3, 2, 4);
    }

    @Test
    void writesAndReadsOneTokenPerLine(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("vocab.txt");
        vocabulary.write(file);

        assertThat(Files.readAllLines(file)).containsExactly("<pad>", "<unk>", "free", "click", "money");
        Vocabulary read = Vocabulary.read(Files.newInputStream(file));
        assertThat(read.size()).isEqualTo(5);
        assertThat(read.id("money")).isEqualTo(4);
    }

    @Test
    void refusesAFileWithoutPaddingAndUnknown() {
        assertThatThrownBy(() ->
                        Vocabulary.read(new ByteArrayInputStream("free\nmoney\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
