package com.lepton.caselibrary.serving;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The Open Inference Protocol, both ways.
 *
 * @param maxRequestBytes     ceiling on an inference request body; each model's own limit (derived from its
 *                            signature and largest batch) is usually far lower
 * @param maxConcurrentParses request bodies read at once; past it a caller is told "busy"
 * @param clientToken         a secret that other portals using this one as their pool send
 *                            ({@code Authorization: Bearer}); they apply their own visitors' quotas, so their
 *                            requests skip this portal's. Empty: every caller is under the visitor quota
 * @param remote              a remote inference server to send demos to instead of the local pool
 */
@ConfigurationProperties("lepton.serving")
public record ServingProperties(long maxRequestBytes, int maxConcurrentParses, String clientToken, Remote remote) {

    @ConstructorBinding
    public ServingProperties {
        maxRequestBytes = maxRequestBytes > 0 ? maxRequestBytes : 8L * 1024 * 1024;
        maxConcurrentParses = maxConcurrentParses > 0
                ? maxConcurrentParses
                : Math.max(2, Runtime.getRuntime().availableProcessors());
        clientToken = clientToken == null ? "" : clientToken;
        remote = remote == null ? new Remote(null, true, null, null, null) : remote;
    }

    /** Properties with the default ceiling on concurrent parses and no client token. */
    public ServingProperties(long maxRequestBytes, Remote remote) {
        this(maxRequestBytes, 0, null, remote);
    }

    /**
     * A remote pool: NVIDIA Triton serving the exported model repository, or another portal.
     *
     * @param url       its base address (the part before {@code /v2}); none means the local pool only
     * @param fallback  whether demos run on the local pool while the remote one is down
     * @param timeout   how long one remote call may take
     * @param retryAfter how long the remote server is left alone after a failure before it is tried again
     * @param token     the remote portal's {@code lepton.serving.client-token}, sent as a bearer token
     */
    public record Remote(URI url, boolean fallback, Duration timeout, Duration retryAfter, String token) {

        @ConstructorBinding
        public Remote {
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
            retryAfter = retryAfter == null ? Duration.ofSeconds(5) : retryAfter;
            token = token == null ? "" : token;
        }

        /** A remote pool without a token (Triton, or a portal that meters this one like a visitor). */
        public Remote(URI url, boolean fallback, Duration timeout, Duration retryAfter) {
            this(url, fallback, timeout, retryAfter, null);
        }

        public boolean enabled() {
            return url != null && !url.toString().isBlank();
        }
    }
}
