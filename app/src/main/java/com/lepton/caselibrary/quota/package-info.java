/**
 * Quotas: rate-limit allowances (token buckets) that every replica of the portal shares when they live in
 * PostgreSQL ({@code lepton.quotas.store=database}), or that one portal keeps in memory on the embedded defaults.
 * Other modules use {@link com.lepton.caselibrary.quota.QuotaBuckets} only; the two stores and their configuration
 * live in {@code internal}.
 */
package com.lepton.caselibrary.quota;
