package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTextAdapterTest {

    private final Vocabulary vocabulary = Vocabulary.build(
            List.of(List.of("verify", "your", "account", "<url>", "verify", "your", "account", "<url>")), 100, 1);
    private final MessageTextAdapter adapter = new MessageTextAdapter(vocabulary);

    @Test
    void encodesAMessageAsTwoHundredIdsPaddedAtTheEnd() throws InvalidInputException {
        int[] ids = adapter.encode(new DemoInput.Text("Please VERIFY your account: http://bank.example.com/login"));

        assertThat(ids).hasSize(MessageTextAdapter.MAX_TOKENS);
        assertThat(ids[0]).isEqualTo(Vocabulary.UNKNOWN_ID); // "please"
        assertThat(ids[1]).isEqualTo(vocabulary.id("verify"));
        assertThat(ids[4]).isEqualTo(vocabulary.id("<url>"));
        assertThat(ids[5]).isEqualTo(Vocabulary.PAD_ID);
    }

    @Test
    void readsAPastedMailLikeTheTrainingDid() throws InvalidInputException {
        int[] pasted = adapter.encode(new DemoInput.Text("From: a@b.example\nSubject: [LIST] verify\n\nyour account"));
        int[] typed = adapter.encode(new DemoInput.Text("verify\n\nyour account"));

        assertThat(pasted).isEqualTo(typed);
    }

    @Test
    void cutsALongMessageAfterTwoHundredTokens() throws InvalidInputException {
        int[] ids = adapter.encode(new DemoInput.Text("account ".repeat(500)));

        assertThat(ids).hasSize(200).containsOnly(vocabulary.id("account"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", " \n\t ", "\u3000\u00a0\u200b"})
    void refusesAnEmptyMessageInBothLanguages(String text) {
        InvalidInputException error =
                catchThrowableOfType(InvalidInputException.class, () -> adapter.encode(new DemoInput.Text(text)));

        assertThat(error.userMessage().zh()).contains("消息是空的");
        assertThat(error.userMessage().en()).contains("message is empty");
    }

    @Test
    void refusesAMessageWithoutWords() {
        InvalidInputException error = catchThrowableOfType(
                InvalidInputException.class, () -> adapter.encode(new DemoInput.Text("... :-) ---")));

        assertThat(error.userMessage().en()).contains("no words");
        assertThat(error.userMessage().zh()).isNotBlank();
    }

    @Test
    void refusesAMessageMostlyInAnotherScriptBecauseTheModelReadsEnglishOnly() throws InvalidInputException {
        InvalidInputException error = catchThrowableOfType(
                InvalidInputException.class, () -> adapter.encode(new DemoInput.Text("您好，我想咨询一下信用卡账单上的一笔费用。")));

        assertThat(error.userMessage().zh()).contains("英文");
        assertThat(error.userMessage().en()).contains("English");
        assertThat(MessageTextAdapter.mostlyNonLatin(Tokenizer.tokenize("Здравствуйте, мой счёт заблокирован")))
                .isTrue();
        // An English message with a Chinese signature, or accented Latin words, is read.
        assertThat(adapter.encode(new DemoInput.Text("Please verify the account details before Friday. Thanks, 王伟")))
                .hasSize(200);
        assertThat(MessageTextAdapter.mostlyNonLatin(Tokenizer.tokenize("Café crème, déjà vu! 100 $")))
                .isFalse();
    }

    @Test
    void refusesInputThatIsNotText() {
        InvalidInputException error = catchThrowableOfType(
                InvalidInputException.class,
                () -> adapter.toTensors(
                        null, new DemoInput.Image(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB))));

        assertThat(error.userMessage().zh()).contains("文字消息");
        assertThat(error.userMessage().en()).contains("text message");
    }

    @Test
    void answersHamAndSpamInModelOrderWithTheirNames() {
        DemoResult.Classification result = MessageTextAdapter.classify(new float[] {0.2f, 0.8f});

        assertThat(result.scores()).extracting(ClassScore::key).containsExactly("ham", "spam");
        assertThat(result.scores().get(0).label().zh()).isEqualTo("正常");
        assertThat(result.scores().get(0).label().en()).isEqualTo("Legitimate");
        assertThat(result.scores().get(1).label().zh()).isEqualTo("垃圾/钓鱼");
        assertThat(result.scores().get(1).label().en()).isEqualTo("Spam / phishing");
        assertThat(result.top().key()).isEqualTo("spam");
        assertThat(result.top().probability()).isCloseTo(0.8, within(1e-6));
    }

    @Test
    void clampsRoundingNoiseAndRefusesTheWrongWidth() {
        DemoResult.Classification result = MessageTextAdapter.classify(new float[] {1.0000001f, Float.NaN});

        assertThat(result.scores().get(0).probability()).isEqualTo(1.0);
        assertThat(result.scores().get(1).probability()).isZero();
        assertThatThrownBy(() -> MessageTextAdapter.classify(new float[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
