/**
 * The portal's frame (header, navigation, language switch) and its error and not-found pages.
 */
package com.lepton.caselibrary.layout;
