package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ModelViewsTest {

    @Test
    void drawsAGrayscaleTensorStretchedToBlackAndWhite() {
        BufferedImage picture = ModelViews.picture(new long[] {2, 2, 1}, new float[] {0f, 0.5f, 0.25f, 1f})
                .orElseThrow();
        assertThat(picture.getWidth()).isEqualTo(2);
        assertThat(picture.getRaster().getSample(0, 0, 0)).isZero();
        assertThat(picture.getRaster().getSample(1, 1, 0)).isEqualTo(255);
        assertThat(picture.getRaster().getSample(1, 0, 0)).isEqualTo(128);
    }

    @Test
    void declinesShapesThatAreNotPictures() {
        assertThat(ModelViews.picture(new long[] {200}, new float[200])).isEmpty();
        assertThat(ModelViews.picture(new long[] {250, 1, 1, 1}, new float[250]))
                .isEmpty();
        assertThat(ModelViews.picture(new long[] {4, 4, 2}, new float[32])).isEmpty();
        assertThat(ModelViews.picture(new long[] {4, 4}, new float[15])).isEmpty();
    }
}
