package com.lepton.caselibrary.api;

/**
 * One finished epoch of a fine-tuning job (since plugin-api 1.5.0).
 *
 * @param epoch      the epoch, from 1
 * @param epochs     how many epochs the job runs
 * @param loss       the mean training loss of the epoch
 * @param validation the validation metric after the epoch: accuracy for classifiers, higher is better; for a
 *                   {@link SeriesFineTuning} the validation RMSE, lower is better
 * @since 1.5.0
 */
public record FineTuneProgress(int epoch, int epochs, double loss, double validation) {}
