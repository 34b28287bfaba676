/**
 * PF4J inside the portal: bundled and uploaded plugin jars, review, signatures, upgrade and rollback,
 * repositories and the registry; announces {@code PluginCasesChanged} when the live cases change.
 */
package com.lepton.caselibrary.pluginhost;
