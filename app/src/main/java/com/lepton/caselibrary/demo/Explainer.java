package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.SeriesField;
import com.lepton.caselibrary.inference.InferenceException;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceResult;
import com.lepton.caselibrary.inference.Requester;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Model-agnostic explanations by occlusion: hide a part of the input (an image cell, a word, a measurement set
 * to its typical value), see how much the evidence for the chosen class (its log-odds) falls. The variants go to the pool together, so they are batched.
 */
@Component
@RequiredArgsConstructor
class Explainer {

    /** Cells per side of the occlusion grid (7 x 7 = 49 variants: two batches of 32). */
    static final int GRID = 7;
    /** Longest message explained word by word. */
    static final int MAX_WORDS = 60;

    private final InferencePool pool;

    Explanation.Occlusion occlusion(String key, Requester requester, BufferedImage image) throws InferenceException {
        Color fill = background(image);
        List<DemoInput> variants = new ArrayList<>();
        variants.add(new DemoInput.Image(image));
        for (int row = 0; row < GRID; row++) {
            for (int column = 0; column < GRID; column++) {
                variants.add(new DemoInput.Image(occlude(image, row, column, fill)));
            }
        }
        List<InferenceResult> results = pool.predictAll(key, requester, variants);
        ClassScore top = classification(results.get(0)).top();
        double[][] drops = new double[GRID][GRID];
        for (int i = 0; i < GRID * GRID; i++) {
            drops[i / GRID][i % GRID] =
                    logOdds(top.probability()) - logOdds(probability(results.get(i + 1), top.key()));
        }
        return new Explanation.Occlusion(top.key(), top.probability(), drops);
    }

    Explanation.Words words(String key, Requester requester, String text) throws InferenceException {
        String[] words = text.strip().split("\\s+");
        int count = words.length < 2 ? 0 : Math.min(words.length, MAX_WORDS);
        List<DemoInput> variants = new ArrayList<>();
        variants.add(new DemoInput.Text(text));
        for (int i = 0; i < count; i++) {
            variants.add(new DemoInput.Text(without(words, i)));
        }
        List<InferenceResult> results = pool.predictAll(key, requester, variants);
        ClassScore top = classification(results.get(0)).top();
        List<Explanation.WordInfluence> influence = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            influence.add(new Explanation.WordInfluence(
                    words[i], logOdds(top.probability()) - logOdds(probability(results.get(i + 1), top.key()))));
        }
        return new Explanation.Words(top.key(), top.probability(), influence);
    }

    /** Each value in turn replaced by its field's reference: what the classification would lose without it. */
    Explanation.Features features(String key, Requester requester, double[] values, List<SeriesField> fields)
            throws InferenceException {
        if (values.length != fields.size()) {
            throw new InferenceException(
                    InferenceException.Kind.INVALID_INPUT,
                    "the series has " + values.length + " values, the case names " + fields.size(),
                    null);
        }
        List<DemoInput> variants = new ArrayList<>();
        variants.add(new DemoInput.Series(values));
        for (int i = 0; i < values.length; i++) {
            double[] variant = values.clone();
            variant[i] = fields.get(i).reference();
            variants.add(new DemoInput.Series(variant));
        }
        List<InferenceResult> results = pool.predictAll(key, requester, variants);
        ClassScore top = classification(results.get(0)).top();
        List<Explanation.FeatureInfluence> influence = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            SeriesField field = fields.get(i);
            influence.add(new Explanation.FeatureInfluence(
                    field.label(),
                    values[i],
                    field.reference(),
                    logOdds(top.probability()) - logOdds(probability(results.get(i + 1), top.key()))));
        }
        return new Explanation.Features(top.key(), top.probability(), influence);
    }

    private static DemoResult.Classification classification(InferenceResult result) throws InferenceException {
        if (result.result() instanceof DemoResult.Classification classification) {
            return classification;
        }
        throw new InferenceException(
                InferenceException.Kind.INVALID_INPUT, "only classifications can be explained", null);
    }

    private static double probability(InferenceResult result, String classKey) throws InferenceException {
        return classification(result).scores().stream()
                .filter(score -> score.key().equals(classKey))
                .mapToDouble(ClassScore::probability)
                .findFirst()
                .orElse(0);
    }

    /**
     * Log-odds rather than probability: a confident model's 0.99999 falling to 0.999 is a real
     * change of evidence that a probability difference would hide.
     */
    static double logOdds(double probability) {
        double p = Math.min(1 - 1e-7, Math.max(1e-7, probability));
        return Math.log(p / (1 - p));
    }

    /** The image with one grid cell painted over in the background colour. */
    static BufferedImage occlude(BufferedImage image, int row, int column, Color fill) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = copy.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.setColor(fill);
        int x0 = column * image.getWidth() / GRID;
        int x1 = (column + 1) * image.getWidth() / GRID;
        int y0 = row * image.getHeight() / GRID;
        int y1 = (row + 1) * image.getHeight() / GRID;
        graphics.fillRect(x0, y0, x1 - x0, y1 - y0);
        graphics.dispose();
        return copy;
    }

    /** The average colour of the image's border: what "nothing here" looks like for this image. */
    static Color background(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        // The top and bottom rows, then the left and right columns (so the corners count twice).
        IntStream.Builder border = IntStream.builder();
        for (int x = 0; x < w; x++) {
            border.add(image.getRGB(x, 0)).add(image.getRGB(x, h - 1));
        }
        for (int y = 0; y < h; y++) {
            border.add(image.getRGB(0, y)).add(image.getRGB(w - 1, y));
        }
        int[] pixels = border.build().toArray();
        return new Color(average(pixels, 16), average(pixels, 8), average(pixels, 0));
    }

    /** The average of one colour channel (red at 16, green at 8, blue at 0) of packed RGB pixels. */
    private static int average(int[] pixels, int shift) {
        long sum = 0;
        for (int rgb : pixels) {
            sum += (rgb >> shift) & 0xff;
        }
        return (int) (sum / pixels.length);
    }

    private static String without(String[] words, int skipped) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i != skipped) {
                text.append(words[i]).append(' ');
            }
        }
        return text.toString().strip();
    }
}
