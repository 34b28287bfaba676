/**
 * Accounts and sign-in: Spring Security with Vaadin's access control, roles (visitor, consultant, partner,
 * administrator), sign-in throttling and the {@code unlock-account} break-glass command.
 */
package com.lepton.caselibrary.account;
