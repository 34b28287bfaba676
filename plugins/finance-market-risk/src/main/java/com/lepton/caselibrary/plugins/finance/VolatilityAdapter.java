package com.lepton.caselibrary.plugins.finance;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
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
 * <p>Stateless and thread-safe, as the host requires.
 */
public final class VolatilityAdapter implements DataAdapter {

    /** What the forecast measures, for the chart's headline. */
    private static final LocalizedText QUANTITY =
            LocalizedText.of("未来 5 个交易日的年化波动率（%）", "annualised volatility of the next 5 trading days (%)");

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
        this.preprocessing = preprocessing;
    }

    /** The scaling the adapter applies. */
    public Preprocessing preprocessing() {
        return preprocessing.get();
    }

    @Override
    public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
        if (!(input instanceof DemoInput.Series series)) {
            throw new InvalidInputException(LocalizedText.of(
                    "此演示需要一列收盘价（每行一个数字，按时间从旧到新）。",
                    "This demo needs a series of closing prices (one number per line, oldest first)."));
        }
        float[] window = standardisedWindow(series.values(), preprocessing.get());
        // One example without the batch dimension: the host stacks examples into a batch.
        NDArray tensor = manager.create(window, new Shape(window.length, 1));
        return new NDList(tensor);
    }

    @Override
    public DemoResult toResult(NDList output) {
        float[] forecast = null;
        float[] history = null;
        // Told apart by size, so the order in which the engine lists the two outputs does not matter.
        for (NDArray array : output) {
            float[] values = array.toFloatArray();
            if (values.length == 1) {
                forecast = values;
            } else if (values.length == VolatilityLstm.HISTORY_LENGTH) {
                history = values;
            }
        }
        if (forecast == null || history == null) {
            throw new IllegalStateException("expected a forecast (1 value) and a history ("
                    + VolatilityLstm.HISTORY_LENGTH + " values), got " + output.getShapes());
        }
        return forecast(history, forecast[0]);
    }

    /** The result for the model's two outputs: the history as it is, the forecast level for each of the next five days. */
    static DemoResult.Forecast forecast(float[] history, float volatility) {
        double[] past = new double[history.length];
        for (int i = 0; i < history.length; i++) {
            past[i] = history[i];
        }
        double[] ahead = new double[Volatility.HORIZON];
        Arrays.fill(ahead, volatility);
        return new DemoResult.Forecast(past, ahead, QUANTITY);
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
