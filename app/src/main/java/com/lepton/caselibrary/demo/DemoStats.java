package com.lepton.caselibrary.demo;

/**
 * How often a case's demo ran and how fast.
 *
 * @param runs             successful runs recorded
 * @param medianComputeMs  median model time of the recent runs
 */
public record DemoStats(long runs, long medianComputeMs) {}
