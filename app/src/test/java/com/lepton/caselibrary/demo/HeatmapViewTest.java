package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.Heatmap;
import com.lepton.caselibrary.api.LocalizedText;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class HeatmapViewTest {

    @Test
    void thePaletteRunsFromBlackThroughRedAndYellowToWhite() {
        assertThat(HeatmapView.hot(0)).isEqualTo(0x000000);
        assertThat(HeatmapView.hot(1 / 3.0)).isEqualTo(0xff0000);
        assertThat(HeatmapView.hot(2 / 3.0)).isEqualTo(0xffff00);
        assertThat(HeatmapView.hot(1)).isEqualTo(0xffffff);
    }

    @Test
    void eachValueBecomesOnePixelInRowOrder() {
        Heatmap map = new Heatmap(3, 2, new double[] {0, 0, 0, 0, 0, 1}, LocalizedText.of("误差图", "Error map"));
        BufferedImage picture = HeatmapView.picture(map);
        assertThat(picture.getWidth()).isEqualTo(3);
        assertThat(picture.getHeight()).isEqualTo(2);
        assertThat(picture.getRGB(2, 1) & 0xffffff).isEqualTo(0xffffff);
        assertThat(picture.getRGB(0, 0) & 0xffffff).isZero();
    }
}
