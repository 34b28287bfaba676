/**
 * What the case plugins' trainers share: reading the installed data sets, the seed CNN and recurrent layers, one
 * epoch loop, baselines, metrics and SavedModel export. It runs inside the portal's {@code train} command.
 */
package com.lepton.caselibrary.trainingkit;
