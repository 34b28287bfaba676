/**
 * Languages (zh-CN and en) and translation lookup from {@code vaadin-i18n/translations_*.properties}.
 */
package com.lepton.caselibrary.i18n;
