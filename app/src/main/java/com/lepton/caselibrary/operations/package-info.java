/**
 * The administrators' operations page, health indicators for plugins and the pool, and Vaadin session gauges.
 */
package com.lepton.caselibrary.operations;
