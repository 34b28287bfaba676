/** The jar's commands besides serving the portal: what each expects, its --help, and clear argument errors. */
package com.lepton.caselibrary.cli;
