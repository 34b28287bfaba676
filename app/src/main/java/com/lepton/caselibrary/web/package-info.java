/**
 * What the portal believes about where a request came from and which address it has: the public
 * base URL (never the {@code Host} header) and, with proxies, only the configured ones' forwarded headers;
 * and which other sites may frame the embeddable demos.
 */
package com.lepton.caselibrary.web;
