package com.lepton.caselibrary.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Limits on visitors' demo input, checked before anything is decoded.
 *
 * @param maxUploadBytes  largest accepted upload
 * @param maxImagePixels  largest accepted width x height, read from the image header (decompression bombs)
 * @param maxTextChars    longest accepted message
 * @param maxSeriesPoints longest accepted series
 * @param runsPerMinute   demo runs allowed per visitor (session) per minute
 * @param runsPerMinutePerAddress demo runs allowed per client address per minute, across its sessions
 */
@ConfigurationProperties("lepton.demo")
public record DemoProperties(int maxUploadBytes, long maxImagePixels, int maxTextChars, int maxSeriesPoints, int runsPerMinute,
        int runsPerMinutePerAddress) {

    @ConstructorBinding
    public DemoProperties {
        runsPerMinutePerAddress = runsPerMinutePerAddress > 0 ? runsPerMinutePerAddress : 4 * runsPerMinute;
    }

    /** Limits with the per-address allowance at four visitors' worth. */
    public DemoProperties(int maxUploadBytes, long maxImagePixels, int maxTextChars, int maxSeriesPoints, int runsPerMinute) {
        this(maxUploadBytes, maxImagePixels, maxTextChars, maxSeriesPoints, runsPerMinute, 0);
    }
}
