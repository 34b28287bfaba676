/**
 * The Open Inference Protocol (KServe v2 REST): the portal serves its local pool on it, exports
 * its models as a Triton model repository, and can use a remote server (Triton or another
 * portal) as its pool.
 */
package com.lepton.caselibrary.serving;
