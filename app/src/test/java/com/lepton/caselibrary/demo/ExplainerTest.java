package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.inference.GrayTestAdapter;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceProperties;
import com.lepton.caselibrary.inference.Requester;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Occlusion on the real Fashion-MNIST CNN: the cells that matter are on the product, not the background. */
class ExplainerTest {

    private static final Path SAVED_MODEL =
            Path.of("../plugins/manufacturing-sorting/src/main/resources/model/fashion-cnn");
    private static final Path SNEAKER =
            Path.of("../plugins/manufacturing-sorting/src/main/resources/samples/sneaker.png");

    private InferencePool pool;

    @AfterEach
    void close() {
        if (pool != null) {
            pool.destroy();
        }
    }

    @Test
    void coveringTheProductCostsMoreThanCoveringTheBackground() throws Exception {
        InferenceProperties.BatchSettings settings =
                new InferenceProperties.BatchSettings(2, 32, Duration.ofMillis(2), 256, Duration.ofSeconds(30));
        pool = InferencePool.standalone(new InferenceProperties(Path.of("."), settings, Map.of(), false));
        pool.register("cnn", "1", SAVED_MODEL, new GrayTestAdapter(), null, settings);
        BufferedImage sneaker = ImageIO.read(SNEAKER.toFile());

        Explanation.Occlusion occlusion = new Explainer(pool).occlusion("cnn", Requester.of("t"), sneaker);

        assertThat(occlusion.classKey()).isEqualTo("7"); // sneaker
        assertThat(occlusion.drops()).hasDimensions(Explainer.GRID, Explainer.GRID);
        // Rank the cells by how much of the sneaker they hold; the model should rely on the inked ones.
        Color background = Explainer.background(sneaker);
        List<double[]> cells = new ArrayList<>(); // {ink, drop}
        for (int row = 0; row < Explainer.GRID; row++) {
            for (int column = 0; column < Explainer.GRID; column++) {
                cells.add(new double[] {
                    ink(sneaker, row, column, background), occlusion.drops()[row][column]
                });
            }
        }
        cells.sort((a, b) -> Double.compare(b[0], a[0]));
        int quarter = cells.size() / 4;
        double inked = cells.subList(0, quarter).stream()
                .mapToDouble(cell -> cell[1])
                .average()
                .orElseThrow();
        double empty = cells.subList(cells.size() - quarter, cells.size()).stream()
                .mapToDouble(cell -> Math.abs(cell[1]))
                .average()
                .orElseThrow();
        assertThat(inked)
                .as("covering the most inked quarter of the cells costs more than covering the emptiest quarter")
                .isGreaterThan(empty);
        assertThat(occlusion.baseProbability()).isGreaterThan(0.5);
    }

    @Test
    void theHeatmapIsAnAccessibleSvgWithOneCellPerGridSquare() {
        double[][] drops = new double[Explainer.GRID][Explainer.GRID];
        drops[3][3] = 0.5;
        drops[0][0] = -0.1;
        String svg = ExplanationView.svg(
                new Explanation.Occlusion("7", 0.9, drops),
                new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY),
                "why <script>");
        assertThat(svg)
                .startsWith("<svg")
                .contains("role='img'", "<title>why &lt;script&gt;</title>", "rgba(220,38,38,0.750)", "rgba(37,99,235");
        assertThat(svg.split("<rect").length - 1).isEqualTo(Explainer.GRID * Explainer.GRID);
    }

    private static double ink(BufferedImage image, int row, int column, Color background) {
        int x0 = column * image.getWidth() / Explainer.GRID;
        int x1 = (column + 1) * image.getWidth() / Explainer.GRID;
        int y0 = row * image.getHeight() / Explainer.GRID;
        int y1 = (row + 1) * image.getHeight() / Explainer.GRID;
        double ink = 0;
        for (int x = x0; x < x1; x++) {
            for (int y = y0; y < y1; y++) {
                ink += Math.abs((image.getRGB(x, y) & 0xff) - background.getBlue());
            }
        }
        return ink;
    }
}
