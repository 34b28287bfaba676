package com.lepton.caselibrary.plugins.healthcare.progression;

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
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.OutputKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Healthcare case (seed section 6.3, disease progression): an LSTM reads a primary biliary cirrhosis
 * patient's visits and lab values and gives the probability of death within three years of the
 * latest visit, against a logistic regression on the latest visit alone. A demonstration on a small
 * 1980s trial data set, not clinical advice.
 */
@Extension
public final class ProgressionCase implements CaseStudyPlugin {

    public static final String CASE_ID = "healthcare-disease-progression";
    public static final String MODEL_NAME = "pbc-progression-lstm";
    public static final String MODEL_VERSION = "1.0.0";
    public static final String MODEL_PATH = "model/pbc-progression-lstm";

    /**
     * The shipped samples: test-split patients (pbcseq id), their visits up to a prediction point,
     * and what happened (written by {@code TrainProgressionLstm}).
     */
    record Sample(String id, int patient, int visits, Outcome truth) {}

    static final List<Sample> SAMPLES = List.of(
            new Sample("died-1", 4, 7, Outcome.DEATH),
            new Sample("died-2", 15, 11, Outcome.DEATH),
            new Sample("alive-1", 5, 3, Outcome.ALIVE),
            new Sample("alive-2", 7, 5, Outcome.ALIVE));

    private static final CaseDescriptor DESCRIPTOR = new CaseDescriptor(
            CASE_ID,
            Industry.HEALTHCARE,
            LocalizedText.of("疾病进展预测：原发性胆汁性肝硬化", "Disease progression: primary biliary cirrhosis"),
            LocalizedText.of(
                    "LSTM 读取患者历次随访的化验值，预测最近一次随访后 3 年内死亡的概率，并与仅用最近一次随访的逻辑回归对比；"
                            + "数据为梅奥诊所 pbcseq（312 名患者），仅为演示，不构成医疗建议。",
                    "An LSTM reads a patient's visits and lab values and predicts the probability of death within 3 years"
                            + " of the latest visit, against a logistic regression on the latest visit alone; Mayo Clinic"
                            + " pbcseq data (312 patients). A demonstration, not clinical advice."),
            List.of(
                    "healthcare",
                    "disease progression",
                    "primary biliary cirrhosis",
                    "survival",
                    "LSTM",
                    "time series",
                    "AUROC",
                    "医疗",
                    "疾病进展",
                    "原发性胆汁性肝硬化",
                    "随访",
                    "长短期记忆网络"),
            AlgorithmFamily.LSTM,
            DataType.TIME_SERIES,
            new DataSource(
                    "pbcseq: Mayo Clinic primary biliary cirrhosis, sequential data",
                    "Mayo Clinic trial 1974-1984 (Fleming and Harrington 1991; Murtaugh et al. 1994), as shipped by"
                            + " the R package survival 3.5-3 in Debian package r-cran-survival",
                    "LGPL (>= 2)",
                    "https://cran.r-project.org/package=survival"));

    private static final ModelDefinition MODEL = new ModelDefinition(
            MODEL_NAME,
            MODEL_VERSION,
            MODEL_PATH,
            MODEL_PATH + "/model-card.json",
            VisitSeries.MAX_VISITS,
            VisitColumn.COUNT);

    private static final DemoDescription DEMO = new DemoDescription(
            InputKind.TEXT,
            OutputKind.CLASSIFICATION,
            SAMPLES.stream().map(ProgressionCase::sample).toList());

    private static final DataAdapter ADAPTER = new VisitSeriesAdapter();

    @Override
    public CaseDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ModelDefinition model() {
        return MODEL;
    }

    @Override
    public DataAdapter adapter() {
        return ADAPTER;
    }

    @Override
    public DemoDescription demo() {
        return DEMO;
    }

    @Override
    public Optional<ModelTrainer> trainer() {
        return Optional.of(new ProgressionTrainer());
    }

    /**
     * The two outcomes by name: the adapter needs the model's operating point beside the probabilities and writes its
     * decision into the death class's label, so neither can name the card's classes.
     */
    @Override
    public Map<String, LocalizedText> classNames() {
        return Outcome.names();
    }

    private static DemoSample sample(Sample sample) {
        LocalizedText label = LocalizedText.of(
                "测试集患者 " + sample.patient() + "，" + sample.visits() + " 次随访（实际："
                        + (sample.truth() == Outcome.DEATH ? "最后一次随访后 3 年内死亡" : "最后一次随访后存活超过 3 年") + "）",
                "Test patient " + sample.patient() + ", " + sample.visits() + " visits (outcome: "
                        + (sample.truth() == Outcome.DEATH
                                ? "died within 3 years of the last visit"
                                : "alive 3 years after the last visit")
                        + ")");
        return new DemoSample(
                sample.id(),
                label,
                "samples/" + sample.id() + ".csv",
                sample.truth().key());
    }
}
