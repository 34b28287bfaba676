package com.lepton.caselibrary.plugins.finance.reviews;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.BatchDemo;
import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudy;
import com.lepton.caselibrary.api.DataSource;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.DemoDescription;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelDefinition;
import java.util.List;
import org.pf4j.Extension;

/**
 * Finance case (seed §6.2): text analysis of customer reviews and social-media posts for risk
 * warning. An LSTM reads each post; a batch of posts in time order becomes a signal, the share of
 * dissatisfied posts and its trend, that warns before complaints pile up.
 */
@Extension
public final class ReviewRiskCase extends CaseStudy {

    public static final String CASE_ID = "finance-review-risk";
    public static final String MODEL_NAME = "review-risk-lstm";
    public static final String MODEL_VERSION = "1.0.0";
    public static final String MODEL_PATH = "model/review-risk-lstm";
    public static final String VOCABULARY_FILE = "vocab.txt";
    /** Share of below-five-star posts at which a batch warns: the test reviews' base rate is 34 %. */
    static final double WARNING_SHARE = 0.5;

    private static final CaseDescriptor DESCRIPTOR = new CaseDescriptor(
            CASE_ID,
            Industry.FINANCE,
            LocalizedText.of("客户评论与社交媒体帖子的风险预警", "Risk warning from customer reviews and social-media posts"),
            LocalizedText.of(
                    "长短期记忆网络（LSTM）逐词阅读客户评论，判断客户是否满意；一批按时间排列的帖子汇总为风险信号（不满帖子的比例及其趋势），在投诉集中爆发前发出预警。在亚马逊食品评论上训练。",
                    "A long short-term memory network (LSTM) reads customer reviews word by word and tells whether the customer "
                            + "was delighted; a batch of posts in time order becomes a risk signal (the share of dissatisfied "
                            + "posts and its trend) that warns before complaints pile up. Trained on Amazon fine-food reviews."),
            List.of(
                    "finance",
                    "sentiment",
                    "customer reviews",
                    "social media",
                    "risk warning",
                    "LSTM",
                    "金融",
                    "情感分析",
                    "客户评论",
                    "社交媒体",
                    "风险预警"),
            AlgorithmFamily.LSTM,
            DataType.TEXT,
            new DataSource(
                    "Amazon fine-food reviews (small_fine_foods)",
                    "R package modeldata 1.1.0, Debian package r-cran-modeldata",
                    "MIT",
                    "https://cran.r-project.org/package=modeldata"));

    private static final ModelDefinition MODEL =
            ModelDefinition.shipped(MODEL_NAME, MODEL_VERSION, ReviewLstm.MAX_TOKENS);

    /** Single reviews and batches taken from the 1,000 held-out test reviews (see ExportSamples). */
    private static final DemoDescription DEMO = DemoDescription.textWithBatch(
            List.of(
                    sample("delighted-snack", "满意的零食评论", "Delighted snack review", ReviewClass.GREAT),
                    sample("delighted-coffee", "满意的咖啡评论", "Delighted coffee review", ReviewClass.GREAT),
                    sample("stale-product", "抱怨产品变质", "Complaint: stale product", ReviewClass.OTHER),
                    sample("too-pricey", "抱怨价格太高", "Complaint: too pricey for the taste", ReviewClass.OTHER)),
            new BatchDemo(
                    ReviewClass.OTHER.key(),
                    WARNING_SHARE,
                    List.of(
                            batch("batch-calm", "平稳的一批评论（30 条）", "A calm batch (30 reviews)"),
                            batch("batch-souring", "情绪逐渐变坏的一批评论（30 条）", "A batch that turns sour (30 reviews)"))));

    public ReviewRiskCase() {
        super(DESCRIPTOR, MODEL, DEMO, new ReviewTextAdapter(), ReviewRiskTrainer::new);
    }

    private static DemoSample sample(String id, String zh, String en, ReviewClass expected) {
        return DemoSample.shipped(id, LocalizedText.of(zh, en), "txt", expected.key());
    }

    private static DemoSample batch(String id, String zh, String en) {
        return DemoSample.shipped(id, LocalizedText.of(zh, en), "txt", "");
    }
}
