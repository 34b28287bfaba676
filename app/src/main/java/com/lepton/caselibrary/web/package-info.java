/**
 * What the portal believes about where a request came from and which address it has: the public
 * base URL (never the {@code Host} header) and, with proxies, only the configured ones' forwarded headers.
 */
package com.lepton.caselibrary.web;
