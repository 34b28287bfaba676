package com.lepton.caselibrary.testkit.toy;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DataSource;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.DemoDescription;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.InputKind;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelDefinition;
import com.lepton.caselibrary.api.OutputKind;
import java.util.List;
import org.pf4j.Extension;

/** The kit's own test plugin: is the last of three readings above the first? The kit's tests package it into jars, good and bad. */
@Extension
public class ToyCase implements CaseStudyPlugin {

    public static final String ID = "toy-trend";
    public static final String MODEL_PATH = "model/toy-trend";

    protected LocalizedText title() {
        return LocalizedText.of("三点趋势判断", "Three-point trend");
    }

    @Override
    public CaseDescriptor descriptor() {
        return new CaseDescriptor(
                ID,
                Industry.TECHNOLOGY,
                title(),
                LocalizedText.of("判断三个读数是上升还是下降。", "Tells whether three readings rise or fall."),
                List.of("trend", "趋势"),
                AlgorithmFamily.MLP,
                DataType.TIME_SERIES,
                new DataSource(
                        "three readings", "written by hand for the kit's tests", "CC0-1.0", "https://example.org/toy"));
    }

    @Override
    public ModelDefinition model() {
        return new ModelDefinition(
                "toy-trend", "1.0.0", MODEL_PATH, MODEL_PATH + "/model-card.json", ToyAdapter.WINDOW);
    }

    @Override
    public DataAdapter adapter() {
        return new ToyAdapter();
    }

    @Override
    public DemoDescription demo() {
        return new DemoDescription(
                InputKind.SERIES,
                OutputKind.CLASSIFICATION,
                List.of(
                        new DemoSample("rising", LocalizedText.of("上升", "Rising"), "samples/rising.csv", "up"),
                        new DemoSample("falling", LocalizedText.of("下降", "Falling"), "samples/falling.csv", "down")));
    }
}
