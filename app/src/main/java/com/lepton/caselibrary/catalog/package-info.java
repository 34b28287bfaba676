/**
 * The library's shelves: home, industry and case-list pages, the case registry table ({@code CaseEntry}) kept in
 * step with the plugins, and the cases as search documents.
 */
package com.lepton.caselibrary.catalog;
