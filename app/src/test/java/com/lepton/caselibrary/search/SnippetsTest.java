package com.lepton.caselibrary.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void aPassageWithTheWordsFoundIsShownAsTheHighlighterGaveIt() {
        String marked = "A <mark>convolutional</mark> network " + "x".repeat(300);

        assertThat(Snippets.pick(List.of(List.of("plain " + "y".repeat(300)), List.of(marked))))
                .isEqualTo(marked);
    }

    @Test
    void aWholeTextWithoutMatchIsCutAtASpaceBeforeTheLimit() {
        String text = "word ".repeat(100);

        String start = Snippets.pick(List.of(List.of(), List.of(text)));

        assertThat(start).endsWith("word…").hasSizeLessThanOrEqualTo(Snippets.LONGEST_WITHOUT_MATCH + 1);
    }

    @Test
    void chineseWithoutSpacesIsCutAtTheLimitAndNeverInsideAnEntity() {
        assertThat(Snippets.start("中".repeat(400))).hasSize(Snippets.LONGEST_WITHOUT_MATCH + 1);
        String escaped = "中".repeat(157) + "&amp;" + "中".repeat(100);
        assertThat(Snippets.start(escaped)).isEqualTo("中".repeat(157) + "…");
        assertThat(Snippets.start("short &lt;b&gt;")).isEqualTo("short &lt;b&gt;");
    }
}
