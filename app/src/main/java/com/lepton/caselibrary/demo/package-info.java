/**
 * A demo run from input to result: input checks, quotas, the run through the inference pool, explanations, the
 * run history and kept inputs, and the demo panel on the case page.
 */
package com.lepton.caselibrary.demo;
