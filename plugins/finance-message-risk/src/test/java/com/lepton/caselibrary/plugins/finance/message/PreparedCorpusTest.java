package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparedCorpusTest {

    @Test
    void dropsDuplicatesAndEmptyMailsAndBuildsTheVocabularyFromTrainingMailsOnly() {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            messages.add(new Message(
                    "easy-ham-1", "h" + i, "Subject: notes " + i + "\n\nmeeting notes word" + (char) ('a' + i)));
            messages.add(new Message("spam-1", "s" + i, "Subject: free\n\nwin money now offer" + (char) ('a' + i)));
        }
        messages.add(new Message("spam-1", "copy", messages.get(1).raw()));
        messages.add(new Message("easy-ham-1", "blank", "Subject: ...\n\n---"));

        PreparedCorpus corpus = PreparedCorpus.prepare(messages, 42, 100, 8);

        assertThat(corpus.mails()).isEqualTo(22);
        assertThat(corpus.duplicates()).isEqualTo(1);
        assertThat(corpus.empty()).isEqualTo(1);
        assertThat(corpus.size()).isEqualTo(20);
        assertThat(Arrays.asList(corpus.encoded()))
                .allSatisfy(ids -> assertThat(ids).hasSize(8));
        assertThat(corpus.indices(StratifiedSplit.Part.TEST)).hasSize(4);
        assertThat(corpus.indices(StratifiedSplit.Part.VALIDATION)).hasSize(2);
        assertThat(corpus.indices(StratifiedSplit.Part.TRAIN)).hasSize(14);
        // Words that occur in training mails at least twice are in; "offer<x>" occurs once per mail.
        assertThat(corpus.vocabulary().id("meeting")).isGreaterThan(Vocabulary.UNKNOWN_ID);
        assertThat(corpus.vocabulary().id("offera")).isEqualTo(Vocabulary.UNKNOWN_ID);
        assertThat(corpus.labels()).containsOnly(0, 1);
    }
}
