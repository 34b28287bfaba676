package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class DataUrlsTest {

    @Test
    void readsThePngBytesOfACanvasDataUrl() throws DemoInputException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        assertThat(DataUrls.png(DataUrls.PNG_PREFIX + Base64.getEncoder().encodeToString(png), 1024))
                .isEqualTo(png);
    }

    @Test
    void refusesOtherUrlsBrokenBase64AndOversizedDrawingsBeforeDecoding() {
        assertThatThrownBy(() -> DataUrls.png(null, 1024)).hasMessage("demo.error.notimage");
        assertThatThrownBy(() -> DataUrls.png("data:image/svg+xml;base64,PHN2Zz4=", 1024))
                .hasMessage("demo.error.notimage");
        assertThatThrownBy(() -> DataUrls.png("javascript:alert(1)", 1024)).hasMessage("demo.error.notimage");
        assertThatThrownBy(() -> DataUrls.png(DataUrls.PNG_PREFIX + "!!not base64!!", 1024))
                .hasMessage("demo.error.notimage");
        assertThatThrownBy(() -> DataUrls.png(DataUrls.PNG_PREFIX + "A".repeat(10_000), 1024))
                .hasMessage("demo.error.toolarge");
    }
}
