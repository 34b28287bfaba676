package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void lowerCasesWordsAndDropsPunctuation() {
        assertThat(Tokenizer.tokenize("Dear CUSTOMER, Please Verify... your Account?"))
                .containsExactly("dear", "customer", "please", "verify", "your", "account");
    }

    @Test
    void keepsInnerApostrophesAndExclamationMarks() {
        assertThat(Tokenizer.tokenize("Don't wait!! It’s FREE!"))
                .containsExactly("don't", "wait", "!", "!", "it's", "free", "!");
    }

    @Test
    void replacesLinksAddressesMoneyAndNumbersWithPlaceholders() {
        assertThat(
                        Tokenizer.tokenize(
                                "Win $1,500,000.00 now: http://win.example.com/claim?id=7 or mail claims@win.example.com by 24.12."))
                .containsExactly("win", "<money>", "<num>", "now", "<url>", "or", "mail", "<email>", "by", "<num>");
        assertThat(Tokenizer.tokenize("see www.example.org today")).containsExactly("see", "<url>", "today");
    }

    @Test
    void normalisesFullWidthFormsAndSplitsChineseIntoCharacters() {
        assertThat(Tokenizer.tokenize("恭喜中奖！ＦＲＥＥ ￥100"))
                .containsExactly("恭", "喜", "中", "奖", "!", "free", "<money>", "<num>");
    }

    @Test
    void givesNothingForPunctuationOnly() {
        assertThat(Tokenizer.tokenize(" ... --- ??? ")).isEmpty();
    }
}
