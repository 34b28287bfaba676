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
 * @param consultantRunsPerMinute demo runs allowed per minute to a signed-in consultant or administrator (in
 *                                place of the session and address allowances: they present to clients)
 * @param maxConcurrentRuns demo runs in progress at once across all cases and visitors; more are
 *                          answered "busy, try again" at once
 */
@ConfigurationProperties("lepton.demo")
public record DemoProperties(
        int maxUploadBytes,
        long maxImagePixels,
        int maxTextChars,
        int maxSeriesPoints,
        int runsPerMinute,
        int runsPerMinutePerAddress,
        int consultantRunsPerMinute,
        int maxConcurrentRuns) {

    @ConstructorBinding
    public DemoProperties {
        runsPerMinutePerAddress = runsPerMinutePerAddress > 0 ? runsPerMinutePerAddress : 4 * runsPerMinute;
        consultantRunsPerMinute = consultantRunsPerMinute > 0 ? consultantRunsPerMinute : 10 * runsPerMinute;
        maxConcurrentRuns = maxConcurrentRuns > 0 ? maxConcurrentRuns : 128;
    }

    /** Limits with the default consultant allowance and concurrency cap. */
    public DemoProperties(
            int maxUploadBytes,
            long maxImagePixels,
            int maxTextChars,
            int maxSeriesPoints,
            int runsPerMinute,
            int runsPerMinutePerAddress) {
        this(
                maxUploadBytes,
                maxImagePixels,
                maxTextChars,
                maxSeriesPoints,
                runsPerMinute,
                runsPerMinutePerAddress,
                0,
                0);
    }

    /** Limits with the per-address allowance at four visitors' worth. */
    public DemoProperties(
            int maxUploadBytes, long maxImagePixels, int maxTextChars, int maxSeriesPoints, int runsPerMinute) {
        this(maxUploadBytes, maxImagePixels, maxTextChars, maxSeriesPoints, runsPerMinute, 0, 0, 0);
    }
}
