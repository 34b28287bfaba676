/**
 * The jar's {@code train --case ID} command: retrains a case's model from its installed public data set.
 */
package com.lepton.caselibrary.training;
