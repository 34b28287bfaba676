package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A model card's class keys get the names the case's demo result gives them, in the reader's language. */
class ClassNamesTest {

    private static final List<String> KEYS = List.of("tshirt-top", "trouser", "bag");
    private static final List<LocalizedText> LABELS = List.of(
            LocalizedText.of("T恤/上衣", "T-shirt/top"), LocalizedText.of("裤子", "Trouser"), LocalizedText.of("包", "Bag"));

    @Test
    void eachKeyIsNamedAsTheAdaptersClassScoresNameIt() {
        Map<String, LocalizedText> names = ClassNames.of(loaded(new Classifier()), KEYS);

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
        Map<String, LocalizedText> names = ClassNames.of(loaded(twoOutputs), KEYS);

        assertThat(names).isEmpty();
        assertThat(ClassNames.in(KEYS, names, Languages.CHINESE)).isEqualTo(KEYS);
        assertThat(ClassNames.of(loaded(new Classifier()), List.of())).isEmpty();
    }

    private static LoadedCase loaded(DataAdapter adapter) {
        CaseStudyPlugin plugin = mock(CaseStudyPlugin.class);
        when(plugin.adapter()).thenReturn(adapter);
        return new LoadedCase("some-plugin", "1.0.0", null, null, plugin);
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
