package ${package};

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudy;
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

/**
 * The case this plugin brings to the portal: a small neural network tells the species of a
 * penguin from four body measurements. Replace the data, the network and the texts with your own;
 * keep the shape: one {@code @Extension} per case, plain data here, TensorFlow only in the trainer.
 */
@Extension
public final class SpeciesCase extends CaseStudy {

    public static final String CASE_ID = "${caseId}";
    public static final String MODEL_NAME = "penguin-species-mlp";
    public static final String MODEL_VERSION = "1.0.0";
    /** The SavedModel directory inside the plugin jar. */
    public static final String MODEL_PATH = "model/" + MODEL_NAME;

    private static final CaseDescriptor DESCRIPTOR = new CaseDescriptor(
            CASE_ID,
            Industry.${industry},
            LocalizedText.of("由体征测量识别企鹅物种", "Telling penguin species from body measurements"),
            LocalizedText.of(
                    "一个小型全连接神经网络（多层感知机）根据喙长、喙深、鳍长和体重识别帕尔默群岛的三种企鹅；在真实的野外测量数据上训练。",
                    "A small fully connected neural network (multilayer perceptron) tells the three penguin species of the Palmer "
                            + "Archipelago apart from beak length, beak depth, flipper length and body mass; trained on real field measurements."),
            List.of("classification", "tabular data", "MLP", "field measurements", "penguins",
                    "分类", "表格数据", "多层感知机", "野外测量", "企鹅"),
            AlgorithmFamily.MLP,
            DataType.TABULAR,
            new DataSource("Palmer penguins (342 penguins with all four measurements)",
                    "npm package vega-datasets 3.2.1, data/penguins.json; collected by Dr. Kristen Gorman and the Palmer Station"
                            + " Antarctica LTER",
                    "CC0 1.0 Universal",
                    "https://github.com/allisonhorst/palmerpenguins"));

    private static final ModelDefinition MODEL = ModelDefinition.shipped(MODEL_NAME, MODEL_VERSION, PenguinTable.FEATURES);

    private static final DemoDescription DEMO = new DemoDescription(
            InputKind.SERIES, OutputKind.CLASSIFICATION, List.of(
                    sample(Species.ADELIE, "一只阿德利企鹅（测试集）", "An Adélie penguin (test set)"),
                    sample(Species.CHINSTRAP, "一只帽带企鹅（测试集）", "A Chinstrap penguin (test set)"),
                    sample(Species.GENTOO, "一只巴布亚企鹅（测试集）", "A Gentoo penguin (test set)")));

    public SpeciesCase() {
        super(DESCRIPTOR, MODEL, DEMO, new MeasurementsAdapter(), SpeciesTrainer::new);
    }

    /** One penguin of the held-out test split per species, its measurements one per line (written by the trainer's entry point). */
    private static DemoSample sample(Species species, String zh, String en) {
        return DemoSample.shipped(species.key(), LocalizedText.of(zh, en), "csv", species.key());
    }
}
