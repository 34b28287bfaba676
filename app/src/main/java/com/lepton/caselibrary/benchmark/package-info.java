/**
 * The jar's measuring commands: {@code bench} (the inference pool alone), {@code load} (REST clients against a
 * running portal), {@code flood} and {@code search-bench}. They print numbers; no test times anything.
 */
package com.lepton.caselibrary.benchmark;
