/**
 * Quotas: rate-limit allowances (token buckets) that every replica of the portal shares when they live in
 * PostgreSQL ({@code lepton.quotas.store=database}), or that one portal keeps in memory on the embedded defaults.
 */
package com.lepton.caselibrary.quota;
