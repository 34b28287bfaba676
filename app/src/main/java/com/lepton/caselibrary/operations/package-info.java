/**
 * The administrators' operations page, health indicators for plugins and the pool, Vaadin session gauges, and the
 * portal's own footprint: TensorFlow's load-time library pages handed back once every model is loaded.
 */
package com.lepton.caselibrary.operations;
