package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.FineTuneOutcome;
import com.lepton.caselibrary.charts.ConfusionTable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Locale;

/**
 * The before/after card of a finished job: the shipped and the tuned model on the client's held-out examples,
 * side by side, with both confusion matrices. Built from numbers and escaped names only.
 */
class BeforeAfterCard extends OutcomeCard {

    BeforeAfterCard(FineTuneJob job, FineTuneOutcome outcome, Locale locale) {
        super(job, "finetune.card.lead", locale);
        addMetrics(
                List.of("accuracy", "macroF1"),
                metric -> getTranslation("finetune.metric." + metric),
                outcome.before(),
                outcome.after());
        addTraining(outcome.bestEpoch(), outcome.curve().size(), outcome.seconds());
        Div matrices = new Div();
        matrices.addClassName("fine-tune-matrices");
        matrices.add(ConfusionTable.of(
                outcome.classes(), outcome.confusionBefore(), getTranslation("finetune.card.shipped")));
        matrices.add(
                ConfusionTable.of(outcome.classes(), outcome.confusionAfter(), getTranslation("finetune.card.tuned")));
        add(new H3(getTranslation("finetune.card.confusion")), matrices);
    }
}
