/**
 * Retraining a case's shipped model on a client's labelled data: the client's set (a zip of one folder per
 * class, checked like every upload), the background job (one at a time by default, a CPU budget), the private
 * tuned model, {@code /api/cases/{id}/fine-tunes} and {@code /api/fine-tunes/{job}}, and the {@code /fine-tunes}
 * page with its live curve and before/after card.
 */
package com.lepton.caselibrary.finetune;
