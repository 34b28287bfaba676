package com.lepton.caselibrary.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on visitors' demo input, checked before anything is decoded.
 *
 * @param maxUploadBytes  largest accepted upload
 * @param maxImagePixels  largest accepted width x height, read from the image header (decompression bombs)
 * @param maxTextChars    longest accepted message
 * @param maxSeriesPoints longest accepted series
 * @param runsPerMinute   demo runs allowed per visitor per minute
 */
@ConfigurationProperties("lepton.demo")
public record DemoProperties(int maxUploadBytes, long maxImagePixels, int maxTextChars, int maxSeriesPoints, int runsPerMinute) {
}
