package com.lepton.caselibrary.plugins.finance;

/**
 * How the serving graph turns the network's output {@code y} into volatility:
 * {@code exp(y * logStd + logMean + logBias)}, annualised %.
 *
 * @param logMean mean of the training targets' log volatility
 * @param logStd  their standard deviation
 * @param logBias half the variance of the training residuals in log space: {@code exp} of a mean of
 *                logs is a median, and this lognormal correction turns it into a mean forecast
 */
record TargetScale(double logMean, double logStd, double logBias) {

    /** Standardises a realised volatility for training. */
    float standardise(double volatility) {
        return (float) ((Math.log(volatility) - logMean) / logStd);
    }

    /** Turns a network output back into annualised volatility in percent. */
    double volatility(double y) {
        return Math.exp(y * logStd + logMean + logBias);
    }

    /** Turns network outputs back into annualised volatility in percent. */
    double[] volatility(float[] standardisedPredictions) {
        double[] values = new double[standardisedPredictions.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = volatility(standardisedPredictions[i]);
        }
        return values;
    }

    /** This scale with the lognormal correction: half the mean squared log residual on the training set. */
    TargetScale withBias(float[] standardisedPredictions, double[] targets) {
        double squares = 0;
        for (int i = 0; i < targets.length; i++) {
            double residual = standardisedPredictions[i] * logStd + logMean - Math.log(targets[i]);
            squares += residual * residual;
        }
        return new TargetScale(logMean, logStd, squares / targets.length / 2);
    }
}
