/**
 * Server-rendered SVG charts (lines, bars, curves) used by the case pages, demos and decks; no browser-side
 * charting code.
 */
package com.lepton.caselibrary.charts;
