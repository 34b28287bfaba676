/**
 * Requests for a demo: the form on case and solution pages (checks, a per-address limit), the stored requests and
 * the consultants' and administrators' page where they are worked (new, contacted, closed).
 */
package com.lepton.caselibrary.demorequest;
