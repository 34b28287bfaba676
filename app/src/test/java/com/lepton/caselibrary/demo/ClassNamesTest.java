package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginCasesChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A model card's class keys get the names the case gives them, in the reader's language. */
class ClassNamesTest {

    private static final List<String> KEYS = List.of("tshirt-top", "trouser", "bag");
    private static final List<LocalizedText> LABELS = List.of(
            LocalizedText.of("T恤/上衣", "T-shirt/top"), LocalizedText.of("裤子", "Trouser"), LocalizedText.of("包", "Bag"));

    private final ClassNames classNames = new ClassNames();

    @Test
    void aPluginThatNamesNoClassesGetsTheLabelsOfItsAdaptersClassScores() {
        Map<String, LocalizedText> names = classNames.of(loaded(new Classifier()), KEYS);

        assertThat(ClassNames.in(KEYS, names, Languages.ENGLISH)).containsExactly("T-shirt/top", "Trouser", "Bag");
        assertThat(ClassNames.in(KEYS, names, Languages.CHINESE)).containsExactly("T恤/上衣", "裤子", "包");
    }

    @Test
    void anAdapterThatTakesAnotherOutputLeavesTheKeysAsTheyAre() {
        DataAdapter twoOutputs = new Classifier() {
            @Override
            public DemoResult toResult(NDList output) {
                output.get(1);
                return super.toResult(output);
            }
        };
        Map<String, LocalizedText> names = classNames.of(loaded(twoOutputs), KEYS);

        assertThat(names).isEmpty();
        assertThat(ClassNames.in(KEYS, names, Languages.CHINESE)).isEqualTo(KEYS);
        assertThat(classNames.of(loaded(new Classifier()), List.of())).isEmpty();
    }

    @Test
    void thePluginsOwnNamesComeFirstAndTheAdapterNamesOnlyWhatTheyLeaveOut() {
        DataAdapter adapter = spy(new Classifier());
        LoadedCase loaded = loaded(adapter);
        when(loaded.plugin().classNames()).thenReturn(Map.of("bag", LocalizedText.of("手提包", "Handbag")));

        assertThat(ClassNames.in(KEYS, classNames.of(loaded, KEYS), Languages.ENGLISH))
                .containsExactly("T-shirt/top", "Trouser", "Handbag");

        when(loaded.plugin().classNames())
                .thenReturn(Map.of(
                        "tshirt-top", LABELS.get(0),
                        "trouser", LABELS.get(1),
                        "bag", LABELS.get(2)));
        classNames.pluginChanged(new PluginCasesChanged("some-plugin", List.of(), List.of("some-case")));
        assertThat(ClassNames.in(KEYS, classNames.of(loaded, KEYS), Languages.CHINESE))
                .containsExactly("T恤/上衣", "裤子", "包");
        verify(adapter, times(1)).toResult(any());
    }

    @Test
    void theNamesAreWorkedOutOncePerPluginUntilItsCasesChange() {
        DataAdapter adapter = spy(new Classifier());
        LoadedCase loaded = loaded(adapter);

        classNames.of(loaded, KEYS);
        classNames.of(loaded, KEYS);
        classNames.pluginChanged(new PluginCasesChanged("another-plugin", List.of(), List.of("another-case")));
        classNames.of(loaded, KEYS);
        verify(adapter, times(1)).toResult(any());

        classNames.pluginChanged(new PluginCasesChanged("some-plugin", List.of(), List.of("some-case")));
        classNames.of(loaded, KEYS);
        verify(adapter, times(2)).toResult(any());
    }

    @Test
    void aPluginThatNamesEveryClassIsNotProbed() {
        DataAdapter adapter = spy(new Classifier());
        LoadedCase loaded = loaded(adapter);
        when(loaded.plugin().classNames()).thenReturn(Map.of("tshirt-top", LABELS.get(0), "trouser", LABELS.get(1)));

        assertThat(classNames.of(loaded, KEYS.subList(0, 2))).containsOnlyKeys("tshirt-top", "trouser");
        verify(adapter, never()).toResult(any());
    }

    @Test
    void theGroupsAPluginNamesBesideItsClassesAreKeptForTheCardsPerGroupMetrics() {
        DataAdapter adapter = spy(new Classifier());
        LoadedCase loaded = loaded(adapter);
        when(loaded.plugin().classNames())
                .thenReturn(Map.of(
                        "normal", LocalizedText.of("正常", "Normal"),
                        "anomaly", LocalizedText.of("异常", "Anomaly"),
                        "coat", LocalizedText.of("外套", "Coat")));

        Map<String, LocalizedText> names = classNames.of(loaded, List.of("normal", "anomaly"));

        assertThat(names.keySet()).containsExactly("normal", "anomaly", "coat");
        assertThat(names.get("coat").in(Languages.CHINESE)).isEqualTo("外套");
        verify(adapter, never()).toResult(any());
    }

    private static LoadedCase loaded(DataAdapter adapter) {
        CaseStudyPlugin plugin = mock(CaseStudyPlugin.class);
        when(plugin.adapter()).thenReturn(adapter);
        CaseDescriptor descriptor = mock(CaseDescriptor.class);
        when(descriptor.id()).thenReturn("some-case");
        return new LoadedCase("some-plugin", "1.0.0", null, descriptor, plugin);
    }

    /** Names its three classes as a plugin's adapter does, whatever the probabilities. */
    private static class Classifier implements DataAdapter {

        @Override
        public NDList toTensors(NDManager manager, DemoInput input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DemoResult toResult(NDList output) {
            float[] p = output.get(0).toFloatArray();
            List<ClassScore> scores = new ArrayList<>();
            for (int i = 0; i < KEYS.size(); i++) {
                scores.add(new ClassScore(KEYS.get(i), LABELS.get(i), p[i]));
            }
            return new DemoResult.Classification(scores);
        }
    }
}
