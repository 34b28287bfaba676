package com.lepton.caselibrary.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static final LocalizedText TEXT = LocalizedText.of("产品分拣", "Product sorting");
    private static final DataSource SOURCE =
            new DataSource("Fashion-MNIST", "Debian package", "MIT", "https://example.org");

    @Test
    void versionIsSemanticAndFilledByTheBuild() {
        assertThat(PluginApi.VERSION).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void localizedTextPicksChineseForAnyChineseLocaleAndEnglishOtherwise() {
        assertThat(TEXT.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("产品分拣");
        assertThat(TEXT.in(Locale.forLanguageTag("zh-TW"))).isEqualTo("产品分拣");
        assertThat(TEXT.in(Locale.GERMAN)).isEqualTo("Product sorting");
        assertThat(TEXT.in(null)).isEqualTo("Product sorting");
    }

    @Test
    void descriptorAcceptsDashedLowerCaseIdsOnly() {
        assertThat(descriptor("manufacturing-sorting").id()).isEqualTo("manufacturing-sorting");
        for (String bad : List.of("Manufacturing", "a--b", "-a", "a/b", "../x", "a b", "x".repeat(65))) {
            assertThatThrownBy(() -> descriptor(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void descriptorCopiesItsTags() {
        List<String> tags = new ArrayList<>(List.of("vision"));
        CaseDescriptor descriptor = new CaseDescriptor(
                "a", Industry.MANUFACTURING, TEXT, TEXT, tags, AlgorithmFamily.CNN, DataType.IMAGE, SOURCE);
        tags.add("changed");
        assertThat(descriptor.tags()).containsExactly("vision");
    }

    @Test
    void modelDefinitionCannotBeChangedThroughItsShape() {
        ModelDefinition model =
                new ModelDefinition("cnn", "1.0.0", "model/cnn", "model/cnn/model-card.json", 28, 28, 1);
        model.inputShape()[0] = 99;
        assertThat(model.inputShape()).containsExactly(28, 28, 1);
    }

    @Test
    void classificationRanksClasses() {
        DemoResult.Classification result = new DemoResult.Classification(List.of(
                new ClassScore("a", TEXT, 0.2), new ClassScore("b", TEXT, 0.7), new ClassScore("c", TEXT, 0.1)));
        assertThat(result.top().key()).isEqualTo("b");
        assertThat(result.top(2)).extracting(ClassScore::key).containsExactly("b", "a");
    }

    @Test
    void scoresMustBeProbabilities() {
        assertThatThrownBy(() -> new ClassScore("a", TEXT, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClassScore("a", TEXT, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoResult.Classification(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seriesInputIsCopiedOnTheWayInAndOut() {
        double[] values = {1, 2, 3};
        DemoInput.Series series = new DemoInput.Series(values);
        values[0] = 42;
        series.values()[1] = 42;
        assertThat(series.values()).containsExactly(1, 2, 3);
        assertThat(series.kind()).isEqualTo(InputKind.SERIES);
    }

    @Test
    void invalidInputCarriesBothLanguages() {
        InvalidInputException e = new InvalidInputException(LocalizedText.of("不是图片", "not an image"));
        assertThat(e.getMessage()).isEqualTo("not an image");
        assertThat(e.userMessage().zh()).isEqualTo("不是图片");
    }

    private static CaseDescriptor descriptor(String id) {
        return new CaseDescriptor(
                id, Industry.MANUFACTURING, TEXT, TEXT, List.of(), AlgorithmFamily.CNN, DataType.IMAGE, SOURCE);
    }
}
