/**
 * The source article's knowledge as pages (concepts, pipeline, algorithms, Keras to Java, resources, trends,
 * FAQ) from {@code guide/*.md}, with inserts filled from the live catalogue.
 */
package com.lepton.caselibrary.guide;
