package com.lepton.caselibrary.plugins.finance;

import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.trainingkit.SeriesForecastAdapter;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Turns a visitor's closing prices into the LSTM's input, and its output into a volatility chart.
 *
 * <p>Input: closing prices, oldest first, at least 21 of them (20 daily returns). The adapter takes
 * the log return of each day, keeps the last 20 and standardises them with the training years'
 * mean and standard deviation ({@code preprocessing.properties} beside the model). One example is
 * a float32 tensor of shape {@code (20, 1)}, without the batch dimension.
 *
 * <p>Result: {@link DemoResult.Forecast} where
 * <ul>
 *   <li>{@code history} is the realised 5-day volatility (annualised %) ending at each of the
 *       window's days 5 to 20: 16 values, computed by the model's {@code history} output;</li>
 *   <li>{@code forecast} is the predicted volatility (annualised %) of the next five trading days,
 *       repeated five times: one level for each of those days, so the host draws it as a flat
 *       line continuing the history; its headline shows that level.</li>
 * </ul>
 * The last history value is the naive persistence forecast, so the chart shows how far the model
 * departs from "the next week will be like the last one".
 *
 * <p>Stateless and thread-safe, as the host requires; {@link SeriesForecastAdapter} does the tensors.
 */
public final class VolatilityAdapter extends SeriesForecastAdapter {

    private final Supplier<Preprocessing> preprocessing;

    /** Uses the statistics shipped beside the model, read on first use. */
    public VolatilityAdapter() {
        this(ShippedPreprocessing::get);
    }

    /** Uses the given statistics (for tests and the trainer). */
    public VolatilityAdapter(Preprocessing preprocessing) {
        this(() -> preprocessing);
    }

    private VolatilityAdapter(Supplier<Preprocessing> preprocessing) {
        super(
                LocalizedText.of(
                        "此演示需要一列收盘价（每行一个数字，按时间从旧到新）。",
                        "This demo needs a series of closing prices (one number per line, oldest first)."),
                LocalizedText.of("未来 5 个交易日的年化波动率（%）", "annualised volatility of the next 5 trading days (%)"));
        this.preprocessing = preprocessing;
    }

    /** The scaling the adapter applies. */
    public Preprocessing preprocessing() {
        return preprocessing.get();
    }

    @Override
    protected float[] window(double[] prices) throws InvalidInputException {
        return standardisedWindow(prices, preprocessing.get());
    }

    @Override
    protected int historyLength() {
        return VolatilityLstm.HISTORY_LENGTH;
    }

    /** The history as it is, the forecast level for each of the next five days. */
    @Override
    public DemoResult.Forecast forecast(float[] history, float volatility) {
        double[] ahead = new double[Volatility.HORIZON];
        Arrays.fill(ahead, volatility);
        return new DemoResult.Forecast(toDoubles(history), ahead, quantity());
    }

    /**
     * The last {@code window} daily log returns of the prices, standardised: what one example of the
     * model reads.
     *
     * @throws InvalidInputException when there are too few prices or a price is not positive
     */
    public static float[] standardisedWindow(double[] prices, Preprocessing preprocessing)
            throws InvalidInputException {
        int window = preprocessing.window();
        int needed = window + 1;
        if (prices.length < needed) {
            throw new InvalidInputException(LocalizedText.of(
                    "至少需要 " + needed + " 个收盘价（得到 " + window + " 个日收益率），当前只有 " + prices.length + " 个。",
                    "At least " + needed + " closing prices are needed (for " + window + " daily returns); got "
                            + prices.length + "."));
        }
        for (int i = 0; i < prices.length; i++) {
            if (!(prices[i] > 0) || !Double.isFinite(prices[i])) {
                throw new InvalidInputException(LocalizedText.of(
                        "价格必须是正数：第 " + (i + 1) + " 个值是 " + prices[i] + "。",
                        "Prices must be positive numbers: value " + (i + 1) + " is " + prices[i] + "."));
            }
        }
        double[] returns = Volatility.logReturns(Arrays.copyOfRange(prices, prices.length - needed, prices.length));
        float[] standardised = new float[window];
        for (int k = 0; k < window; k++) {
            standardised[k] = preprocessing.standardise(returns[k]);
        }
        return standardised;
    }

    /** Reads the shipped statistics once, when the first demo runs rather than when the plugin loads. */
    private static final class ShippedPreprocessing {
        private static final Preprocessing VALUE = Preprocessing.shipped();

        static Preprocessing get() {
            return VALUE;
        }
    }
}
