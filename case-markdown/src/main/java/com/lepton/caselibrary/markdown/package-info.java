/**
 * Write-up Markdown as both the portal and the partners' conformance kit read it: front matter, rendering and
 * sanitizing, so that a write-up looks the same in a plugin's test as on the portal.
 */
package com.lepton.caselibrary.markdown;
