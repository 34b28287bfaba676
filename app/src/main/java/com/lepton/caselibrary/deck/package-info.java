/**
 * Consultants' decks: choosing cases, the presenter view, the printable handout and share links for clients.
 */
package com.lepton.caselibrary.deck;
