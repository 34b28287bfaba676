/**
 * Write-ups from {@code case-studies/} and from plugins: Markdown with front matter, rendered and sanitized once,
 * and KaTeX for the formulas.
 */
package com.lepton.caselibrary.content;
