/**
 * The one inference pool: a model per live case, DJL predictors owned by workers, dynamic batching, fair turns
 * between addresses and sessions, and a busy refusal when a queue is full.
 */
package com.lepton.caselibrary.inference;
