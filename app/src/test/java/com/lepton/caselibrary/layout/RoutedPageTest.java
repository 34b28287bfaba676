package com.lepton.caselibrary.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.casepage.CompareView;
import com.lepton.caselibrary.guide.GuideView;
import org.junit.jupiter.api.Test;

/** A routed page's CSS class comes from its class name; the theme (lepton.css) styles pages by it. */
class RoutedPageTest {

    @Test
    void aPageCarriesTheCssClassTheThemeStylesItBy() {
        assertThat(new CompareView(null, null, null, null, null).getClassNames())
                .containsExactly("compare-view");
        assertThat(new GuideView(null, null).getClassNames()).containsExactly("guide-view");
    }
}
