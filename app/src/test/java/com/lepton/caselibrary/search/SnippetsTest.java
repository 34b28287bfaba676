package com.lepton.caselibrary.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void aShortPassageWithTheWordsFoundIsShownAsTheHighlighterGaveIt() {
        String marked = "A <mark>convolutional</mark> network " + "x".repeat(100);

        assertThat(Snippets.pick("", List.of(List.of(marked), List.of("plain " + "y".repeat(300)))))
                .isEqualTo(marked);
    }

    @Test
    void withoutTheWordsFoundTheStartOfThePageLanguagesWholeTextIsShownNotJustItsFirstSentence() {
        String text = "Write-up only. How a campus security system would learn normal scenes & warn of anomalies.";

        assertThat(Snippets.pick(text, List.of(List.of("Write-up only."), List.of("A <mark>camera</mark>."))))
                .isEqualTo(
                        "Write-up only. How a campus security system would learn normal scenes &amp; warn of anomalies.");
        assertThat(Snippets.pick(text, List.of(List.of("Write-up only. How a <mark>campus</mark> security system"))))
                .isEqualTo("Write-up only. How a <mark>campus</mark> security system");
    }

    @Test
    void thePageLanguagesPassageIsShownEvenWhereOnlyTheOtherLanguageHasTheWordsFound() {
        String chinese = "卷积网络在货架照片上找出空位。";
        String english = "A <mark>convolutional</mark> network finds empty facings.";

        assertThat(Snippets.pick("", List.of(List.of(chinese), List.of(english))))
                .isEqualTo(chinese);
        assertThat(Snippets.pick("", List.of(List.of(), List.of(english))))
                .as("a document without text in the page's language")
                .isEqualTo(english);
    }

    @Test
    void aPassageThatRunsOnIsCutAroundTheFirstWordFoundAtSpaces() {
        String marked = "word ".repeat(100) + "<mark>needle</mark> " + "word ".repeat(100);

        String snippet = Snippets.pick("", List.of(List.of(marked)));

        assertThat(snippet)
                .startsWith("…word ")
                .endsWith("word…")
                .contains("<mark>needle</mark>")
                .hasSizeLessThanOrEqualTo(Snippets.LONGEST_WITH_MATCH + 2);
        assertThat(snippet.indexOf("<mark>")).isLessThanOrEqualTo(Snippets.BEFORE_MATCH + 1);
    }

    @Test
    void aPassageStartingWithItsWordFoundIsCutAtTheEndOnly() {
        String marked = "<mark>Fashion</mark> " + "中".repeat(300);

        assertThat(Snippets.around(marked))
                .isEqualTo("<mark>Fashion</mark> " + "中".repeat(Snippets.LONGEST_WITH_MATCH - 21) + "…");
    }

    @Test
    void aCutNeverLeavesAMarkOpenNorSplitsATagOrAnEntity() {
        String longMark = "中".repeat(150) + "<mark>" + "中".repeat(300) + "</mark>";
        assertThat(Snippets.around(longMark)).isEqualTo("…" + "中".repeat(60) + "<mark>" + "中".repeat(134) + "</mark>…");

        // The end would fall inside the closing tag: the cut comes before it and closes the mark itself.
        String endInTag = "<mark>" + "中".repeat(Snippets.LONGEST_WITH_MATCH - 8) + "</mark>" + "中".repeat(100);
        assertThat(Snippets.around(endInTag))
                .isEqualTo("<mark>" + "中".repeat(Snippets.LONGEST_WITH_MATCH - 8) + "</mark>…");

        // The start would fall inside "&amp;": the cut begins at its ampersand.
        String startInEntity = "中".repeat(38) + "&amp;" + "中".repeat(59) + "<mark>词</mark>" + "中".repeat(300);
        assertThat(Snippets.around(startInEntity)).startsWith("…&amp;中");
    }

    @Test
    void aWholeTextWithoutMatchIsCutAtASpaceBeforeTheLimit() {
        String text = "word ".repeat(100);

        String start = Snippets.pick("", List.of(List.of(), List.of(text)));

        assertThat(start).endsWith("word…").hasSizeLessThanOrEqualTo(Snippets.LONGEST_WITHOUT_MATCH + 1);
    }

    @Test
    void chineseWithoutSpacesIsCutAtTheLimitAndNeverInsideAnEntity() {
        assertThat(Snippets.start("中".repeat(400))).hasSize(Snippets.LONGEST_WITHOUT_MATCH + 1);
        String escaped = "中".repeat(157) + "&amp;" + "中".repeat(100);
        assertThat(Snippets.start(escaped)).isEqualTo("中".repeat(157) + "…");
        assertThat(Snippets.start("short &lt;b&gt;")).isEqualTo("short &lt;b&gt;");
    }

    @Test
    void aWholeTextWithoutMatchEndsAtItsLastWholeSentenceWithinTheLimitPastALabel() {
        String chinese = "仅文字介绍。" + "园区安防系统如何从摄像头画面中学习正常场景并对异常发出预警。".repeat(2) + "过往的客户消息 规范化文本".repeat(20);
        assertThat(Snippets.start(chinese)).isEqualTo("仅文字介绍。" + "园区安防系统如何从摄像头画面中学习正常场景并对异常发出预警。".repeat(2));

        String english = "Write-up only. " + "word ".repeat(20) + "end. Data collection " + "step ".repeat(40);
        assertThat(Snippets.start(english)).isEqualTo("Write-up only. " + "word ".repeat(20) + "end.");

        // Only a label ends within the limit: cut at a space, with an ellipsis.
        assertThat(Snippets.start("Write-up only. " + "word ".repeat(60))).endsWith("word…");
        // "3.5" is no sentence end.
        assertThat(Snippets.start("version 3.5 " + "word ".repeat(60))).endsWith("word…");
    }
}
