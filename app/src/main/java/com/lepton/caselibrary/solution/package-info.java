/**
 * Solutions: Lepton's offerings per industry problem, from {@code case-studies/solutions/} and plugins, with a
 * sizing estimate computed from the pool's measured throughput.
 */
package com.lepton.caselibrary.solution;
