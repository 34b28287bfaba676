package com.lepton.caselibrary.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.casepage.ModelCardReader;
import com.lepton.caselibrary.catalog.CaseEntry;
import com.lepton.caselibrary.catalog.CatalogService;
import com.lepton.caselibrary.content.CaseStudyLibrary;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guide's inserts are computed from the catalogue as it is, not typed in. */
class GuideInsertsTest {

    private final CatalogService catalog = mock(CatalogService.class);
    private final DemoService demos = mock(DemoService.class);
    private final ModelCardReader modelCards = mock(ModelCardReader.class);
    private final GuideInserts inserts = new GuideInserts(catalog, mock(CaseStudyLibrary.class), demos, modelCards);

    @BeforeEach
    void catalogue() {
        List<CaseEntry> entries = List.of(
                entry("finance-market-risk", "市场风险", "Market risk", AlgorithmFamily.LSTM, true),
                entry("technology-co2-monitoring", "CO₂ 监测", "CO₂ monitoring", AlgorithmFamily.RNN, true),
                entry("technology-customer-service", "智能客服", "Customer service", AlgorithmFamily.LSTM, false));
        when(catalog.byIndustry())
                .thenReturn(
                        Map.of(Industry.FINANCE, entries.subList(0, 1), Industry.TECHNOLOGY, entries.subList(1, 3)));
        when(catalog.find(any())).thenReturn(Optional.empty());
        when(demos.liveCase(any())).thenReturn(Optional.empty());
    }

    private static CaseEntry entry(String id, String zh, String en, AlgorithmFamily algorithm, boolean live) {
        CaseEntry entry = mock(CaseEntry.class);
        when(entry.getId()).thenReturn(id);
        when(entry.getTitle()).thenReturn(new LocalizedText(zh, en));
        when(entry.getAlgorithm()).thenReturn(algorithm);
        when(entry.getIndustry()).thenReturn(Industry.FINANCE);
        when(entry.isLiveDemo()).thenReturn(live);
        return entry;
    }

    @Test
    void listsEveryCaseOfTheFamilyFromTheCatalogue() {
        String html = inserts.expand("<p>Before</p><p>[[cases:LSTM]]</p><p>After</p>", Locale.ENGLISH);
        assertThat(html)
                .startsWith("<p>Before</p><ul class=\"guide-cases\">")
                .endsWith("</ul><p>After</p>")
                .contains("<a href=\"cases/finance-market-risk\">Market risk</a>")
                .contains("<a href=\"cases/technology-customer-service\">Customer service</a>")
                .contains("Write-up only")
                .doesNotContain("technology-co2-monitoring")
                // live cases first
                .containsSubsequence("cases/finance-market-risk", "cases/technology-customer-service");
    }

    @Test
    void speaksThePagesLanguage() {
        String html = inserts.expand("<p>[[cases:RNN]]</p>", Locale.SIMPLIFIED_CHINESE);
        assertThat(html).contains(">CO₂ 监测</a>", "在线演示");
        assertThat(inserts.expand("<p>[[cases:MLP]]</p>", Locale.SIMPLIFIED_CHINESE))
                .contains("guide-empty", "目录中暂时还没有使用它的案例");
    }

    @Test
    void drawsThePipelineWithEachStepNamed() {
        String html = inserts.expand("<p>[[pipeline]]</p><p>[[step:4]]</p>", Locale.ENGLISH);
        assertThat(html)
                .contains("<svg id=\"pipeline-diagram\"", ">Data</text>", ">collection</text>", "guide/pipeline#step-7")
                .contains("<h2 id=\"step-4\">4 · Model training</h2>");
    }

    @Test
    void showsTheFiguresOfARunningCasesModelCard() {
        LoadedCase loaded = mock(LoadedCase.class);
        when(demos.liveCase("finance-market-risk")).thenReturn(Optional.of(loaded));
        when(modelCards.read(loaded))
                .thenReturn(Optional.of(new ModelCard(
                        "digits-cnn",
                        "1.0.0",
                        "MNIST <2,000 test>",
                        7200,
                        2000,
                        Map.of("accuracy", 0.9745),
                        Map.of("logisticRegression", 0.899, "majorityClass", 0.1135),
                        List.of(),
                        List.of(),
                        List.of(),
                        15,
                        42,
                        93_322,
                        30.7,
                        "2 CPU cores",
                        "2026-12-01T00:00:00Z")));
        String html = inserts.expand("<p>[[model-card:finance-market-risk]]</p>", Locale.ENGLISH);
        assertThat(html)
                .contains("<table class=\"guide-card\" id=\"card-finance-market-risk\">")
                .contains("<strong>97.45 %</strong>", "Logistic regression 89.9 %", "MNIST &lt;2,000 test&gt;")
                .contains("15 epochs, 30.7 s on 2 CPU cores, seed 42")
                .doesNotContain("majority");
    }

    @Test
    void showsAModelCardInTheReadersLanguage() {
        LoadedCase loaded = mock(LoadedCase.class);
        when(demos.liveCase("finance-market-risk")).thenReturn(Optional.of(loaded));
        ModelCard card = new ModelCard(
                        "digits-cnn",
                        "1.0.0",
                        "MNIST: 7200 train / 2000 test",
                        7200,
                        2000,
                        Map.of("accuracy", 0.9745),
                        Map.of("logisticRegression", 0.899),
                        List.of(),
                        List.of(),
                        List.of(),
                        15,
                        42,
                        93_322,
                        30.7,
                        "2 CPU cores",
                        "2026-12-01T00:00:00Z")
                .withTranslation(ModelCard.CHINESE, new ModelCard.Texts("MNIST：训练 7200 / 测试 2000", "2 个 CPU 核心"));
        when(modelCards.read(loaded)).thenReturn(Optional.of(card));

        String zh = inserts.expand("<p>[[model-card:finance-market-risk]]</p>", Locale.SIMPLIFIED_CHINESE);
        assertThat(zh)
                .contains("MNIST：训练 7200 / 测试 2000", "2 个 CPU 核心", "逻辑回归 89.9 %")
                .doesNotContain("train", "CPU cores", "Logistic regression");
        assertThat(inserts.expand("<p>[[model-card:finance-market-risk]]</p>", Locale.ENGLISH))
                .contains("MNIST: 7200 train / 2000 test", "on 2 CPU cores", "Logistic regression 89.9 %")
                .doesNotContain("训练");
    }

    @Test
    void aModelCardOfACaseThatIsNotRunningSaysSo() {
        assertThat(inserts.expand("<p>[[model-card:manufacturing-sorting]]</p>", Locale.ENGLISH))
                .contains("guide-card-missing", "manufacturing-sorting", "not installed");
    }

    @Test
    void anUnknownOrMalformedInsertIsDropped() {
        assertThat(inserts.expand("<p>[[nonsense]]</p><p>[[cases:GAN]]</p><p>[[step:9]]</p>", Locale.ENGLISH))
                .isEmpty();
    }
}
