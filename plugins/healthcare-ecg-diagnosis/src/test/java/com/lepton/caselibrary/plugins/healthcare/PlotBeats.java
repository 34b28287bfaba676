package com.lepton.caselibrary.plugins.healthcare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Dev runner: draws the first beats of each class from a seed as a PNG grid (one row per class),
 * on ECG paper (0.2 s and 0.5 mV grid), to check the generator by eye.
 *
 * <pre>
 * ./mvnw -B -f plugins/healthcare-ecg-diagnosis/pom.xml test-compile exec:exec@plot-beats
 * </pre>
 * Arguments: the PNG file, optionally the seed (default: the samples' seed) and beats per class (default 5).
 */
public final class PlotBeats {

    private static final int CELL_W = 300;
    private static final int CELL_H = 220;

    private PlotBeats() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/beats.png");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : BeatDataset.SAMPLE_SEED;
        int perClass = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int classes = BeatClass.COUNT;
        BeatGenerator.SyntheticBeat[][] beats = new BeatGenerator.SyntheticBeat[classes][perClass];
        Random random = new Random(seed);
        // Classes in turn, as BeatDataset draws them: column 0 holds the first beat of each class.
        for (int j = 0; j < perClass; j++) {
            for (BeatClass label : BeatClass.values()) {
                beats[label.ordinal()][j] = BeatGenerator.generate(label, random);
            }
        }
        BufferedImage image = new BufferedImage(CELL_W * perClass, CELL_H * classes, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < perClass; j++) {
                draw(g, beats[c][j], j * CELL_W, c * CELL_H);
            }
        }
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static void draw(Graphics2D g, BeatGenerator.SyntheticBeat beat, int x0, int y0) {
        float[] w = beat.window();
        double mean = 0;
        for (float v : w) {
            mean += v;
        }
        mean /= w.length;
        double pxPerMv = 70;
        double pxPerSample = (CELL_W - 10) / (double) w.length;
        int baseY = y0 + CELL_H * 2 / 3;
        g.setColor(new Color(255, 220, 220));
        for (int s = 0; s <= w.length; s += 50) {
            int x = x0 + 5 + (int) (s * pxPerSample);
            g.drawLine(x, y0 + 18, x, y0 + CELL_H - 4);
        }
        for (double mv = -2; mv <= 2; mv += 0.5) {
            int y = baseY - (int) (mv * pxPerMv);
            if (y > y0 + 18 && y < y0 + CELL_H - 4) {
                g.drawLine(x0 + 5, y, x0 + CELL_W - 5, y);
            }
        }
        g.setColor(Color.GRAY);
        g.drawLine(
                x0 + 5 + (int) (BeatGenerator.CENTRE * pxPerSample),
                y0 + 18,
                x0 + 5 + (int) (BeatGenerator.CENTRE * pxPerSample),
                y0 + 26);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.2f));
        for (int i = 1; i < w.length; i++) {
            int xa = x0 + 5 + (int) ((i - 1) * pxPerSample);
            int xb = x0 + 5 + (int) (i * pxPerSample);
            int ya = baseY - (int) ((w[i - 1] - mean) * pxPerMv);
            int yb = baseY - (int) ((w[i] - mean) * pxPerMv);
            g.drawLine(xa, ya, xb, yb);
        }
        g.drawString(
                String.format(
                        Locale.ROOT,
                        "%s HR %.0f RR %.2f/%.2f n %.3f",
                        beat.label().key(),
                        beat.heartRate(),
                        beat.rrBefore(),
                        beat.rrAfter(),
                        beat.noiseMv()),
                x0 + 6,
                y0 + 14);
    }
}
