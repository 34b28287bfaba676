/**
 * Persistence: what the portal's tables have in common ({@link com.lepton.caselibrary.persistence.CreatedEntity}, an
 * id the database generates and the time the row was created). Depends on no other feature.
 */
package com.lepton.caselibrary.persistence;
