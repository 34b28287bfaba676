package com.lepton.caselibrary.plugins.finance.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.PostBatch;
import com.lepton.caselibrary.testkit.Refusals;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input gets a message in both languages; good input becomes 160 ids read as training read them. */
class ReviewTextAdapterTest {

    private static final ReviewVocabulary WORDS = ReviewVocabulary.build(
            List.of(
                    ReviewVocabulary.tokenize("great taste great price stale box arrived crushed not good"),
                    ReviewVocabulary.tokenize("great taste great price stale box arrived crushed not good")),
            100);
    private final ReviewTextAdapter adapter = new ReviewTextAdapter(WORDS);

    @Test
    void readsAReviewAsTheTrainingDid() throws Exception {
        int[] ids = adapter.encode(new DemoInput.Text("Great taste,<br />but the BOX arrived crushed!"));
        assertThat(ids).hasSize(ReviewLstm.MAX_TOKENS);
        assertThat(ids[0]).isGreaterThan(ReviewVocabulary.UNKNOWN_ID); // "great"
        assertThat(ids[2]).isEqualTo(ReviewVocabulary.UNKNOWN_ID); // "but" is not in this vocabulary
        assertThat(ids[8]).isEqualTo(ReviewVocabulary.PAD_ID);
    }

    @Test
    void cutsALongReviewToTheModelsLength() throws Exception {
        int[] ids = adapter.encode(new DemoInput.Text("great taste ".repeat(500)));
        assertThat(ids).hasSize(ReviewLstm.MAX_TOKENS).doesNotContain(ReviewVocabulary.PAD_ID);
    }

    @Test
    void refusesEmptyAndBlankTextInBothLanguages() {
        for (String text : List.of("", "   \n\t", "\u3000\u00a0")) {
            assertRefused(new DemoInput.Text(text), "空", "empty");
        }
    }

    @Test
    void refusesTextItCannotRead() {
        assertRefused(new DemoInput.Text("这个产品太好吃了"), "英文", "English");
        assertRefused(new DemoInput.Text("!!! ??? ..."), "英文", "English");
    }

    @Test
    void refusesTextDecodedFromBytesThatWereNotUtf8() {
        byte[] latin1 = "great taste, très bon".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(new DemoInput.Text(new String(latin1, StandardCharsets.UTF_8)), "UTF-8", "UTF-8");
    }

    @Test
    void refusesInputOfTheWrongKind() {
        assertRefused(new DemoInput.Series(new double[] {1, 2, 3}), "文字", "text");
    }

    @Test
    void turnsProbabilitiesIntoScoresAndRefusesTheWrongCount() {
        var result = ReviewTextAdapter.classify(new float[] {0.2f, 0.8f});
        assertThat(result.top().key()).isEqualTo("other");
        assertThat(ReviewTextAdapter.classify(new float[] {Float.NaN, 1.0000001f})
                        .scores()
                        .getFirst()
                        .probability())
                .isZero();
        assertThatThrownBy(() -> ReviewTextAdapter.classify(new float[] {1f}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBatchOverItsLimitsIsRefusedWithTheLimit() {
        String tooMany = "great taste\n".repeat(PostBatch.MAX_POSTS + 1);
        assertThatThrownBy(() -> PostBatch.split(tooMany)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.userMessage().en()).contains(String.valueOf(PostBatch.MAX_POSTS));
            assertThat(e.userMessage().zh()).contains(String.valueOf(PostBatch.MAX_POSTS));
        });
        String tooLong = "great ".repeat(PostBatch.MAX_TOTAL_CHARS / 6 + 1);
        assertThatThrownBy(() -> PostBatch.split(tooLong))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.userMessage().en()).contains("50,000"));
        String longPost = "fine\n" + "x".repeat(PostBatch.MAX_POST_CHARS + 1);
        assertThatThrownBy(() -> PostBatch.split(longPost))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.userMessage().en()).contains("Post 2", "2,000"));
        assertThatThrownBy(() -> PostBatch.split("\n \n"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.userMessage().zh()).contains("空"));
    }

    private void assertRefused(DemoInput input, String zh, String en) {
        Refusals.assertRefused(() -> adapter.encode(input), en, zh);
    }
}
