/**
 * The plugins page: upload, review, approve, disable, upgrade and roll back partner plugins.
 */
package com.lepton.caselibrary.pluginadmin;
