/**
 * The case page: write-up, the seven-step pipeline diagram, model card, training curve, code snippets and the
 * comparison of cases.
 */
package com.lepton.caselibrary.casepage;
