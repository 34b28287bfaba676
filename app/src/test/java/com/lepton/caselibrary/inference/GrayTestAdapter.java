package com.lepton.caselibrary.inference;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.LocalizedText;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * For tests on the real Fashion-MNIST CNN without the plugin's classes (the app cannot see
 * them): grayscale 28x28 in [0, 1], optionally inverted; classes named "0".."9"; optionally
 * blocks until released, to hold a worker busy.
 */
public record GrayTestAdapter(CountDownLatch release, boolean inverted) implements DataAdapter {

    public GrayTestAdapter() {
        this(null, false);
    }

    public GrayTestAdapter(CountDownLatch release) {
        this(release, false);
    }

    @Override
    public NDList toTensors(NDManager manager, DemoInput input) {
        if (release != null) {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        BufferedImage image = ((DemoInput.Image) input).image();
        BufferedImage gray = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = gray.createGraphics();
        graphics.drawImage(image, 0, 0, 28, 28, null);
        graphics.dispose();
        float[] pixels = new float[28 * 28];
        for (int i = 0; i < pixels.length; i++) {
            float value = gray.getRaster().getSample(i % 28, i / 28, 0) / 255f;
            pixels[i] = inverted ? 1 - value : value;
        }
        return new NDList(manager.create(pixels, new Shape(28, 28, 1)));
    }

    @Override
    public DemoResult toResult(NDList output) {
        float[] p = output.get(0).toFloatArray();
        List<ClassScore> scores = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            scores.add(new ClassScore(
                    String.valueOf(i),
                    LocalizedText.of(String.valueOf(i), String.valueOf(i)),
                    Math.min(1, Math.max(0, p[i]))));
        }
        return new DemoResult.Classification(scores);
    }
}
