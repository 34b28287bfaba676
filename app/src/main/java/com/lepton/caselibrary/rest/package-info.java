/** The portal's REST API: the case library and its demos for programs (curl, scripts, load runs). */
package com.lepton.caselibrary.rest;
