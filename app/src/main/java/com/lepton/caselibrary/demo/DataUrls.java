package com.lepton.caselibrary.demo;

import java.util.Base64;

/** Reads the PNG a drawing canvas sends as a data URL, with the same byte limit as uploads. */
final class DataUrls {

    static final String PNG_PREFIX = "data:image/png;base64,";

    private DataUrls() {}

    /**
     * The PNG bytes of a {@code data:image/png;base64,...} URL.
     *
     * @throws DemoInputException {@code demo.error.notimage} for anything else, {@code demo.error.toolarge} beyond the limit
     */
    static byte[] png(String dataUrl, int maxBytes) throws DemoInputException {
        if (dataUrl == null || !dataUrl.startsWith(PNG_PREFIX)) {
            throw new DemoInputException("demo.error.notimage");
        }
        // Base64 grows data by 4/3: refuse before decoding what cannot fit.
        long encoded = (long) dataUrl.length() - PNG_PREFIX.length();
        if (encoded > (maxBytes + 2L) / 3 * 4 + 4) {
            throw DemoInputException.tooLarge("demo.error.toolarge", Math.max(1, maxBytes / (1024 * 1024)));
        }
        try {
            return Base64.getDecoder().decode(dataUrl.substring(PNG_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new DemoInputException("demo.error.notimage");
        }
    }
}
